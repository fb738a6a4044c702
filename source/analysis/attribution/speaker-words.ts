/**
 * Word lists for reading a speaker phrase such as `Ukraine’s Deputy Prime Minister
 * Iryna Vereshchuk` or `A Ukrainian security official`: which words are titles and
 * roles, which name nations, places and institutions, and which nouns can speak.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Titles and role words, compared in lower case (`President`, `Gen.`, `spokesman`). */
export const roleWords = words(`
	president vice prime minister deputy foreign defence defense interior finance economy justice state
	general gen. lt. col. colonel lieutenant major maj. captain capt. sergeant sgt. admiral adm. commander
	marshal field chief head secretary chancellor king queen prince princess pope senator sen. rep.
	representative governor gov. mayor ambassador envoy spokesman spokeswoman spokesperson director chairman
	chairwoman chair ceo dr. mr. mrs. ms. prof. dr mr mrs ms prof professor judge justice speaker leader premier patriarch
	archbishop bishop rabbi imam sheikh emir crown attorney commissioner official officer adviser advisor
	aide analyst expert military army navy air force forces security intelligence former top senior junior
	acting interim regional local national federal provincial district press service squad soldier
	serviceman researcher correspondent reporter editor blogger lawmaker diplomat staff deputy-head
	commander-in-chief first lady sir dame lord baroness member founder co-founder registrar clerk treasurer
	auditor sheriff coroner superintendent councillor councilman councilwoman alderman assemblyman
	assemblywoman congressman congresswoman delegate manager coach captain striker midfielder goalkeeper
	executive cfo coo partner economist strategist barrister solicitor counsel prosecutor kc qc mp mep
	inspector detective constable chief-executive
`);

/** Nationality and regional adjectives that precede a role (`Ukrainian`, `Western`). */
export const demonyms = words(`
	ukrainian russian polish american us u.s. british uk u.k. french german chinese korean north south
	western eastern european chechen belarusian israeli palestinian iranian turkish latvian estonian
	finnish lithuanian japanese indian pakistani syrian iraqi afghan saudi egyptian italian spanish dutch
	swedish norwegian danish hungarian czech slovak romanian moldovan georgian armenian azerbaijani
	kazakh canadian australian mexican brazilian nato eu un soviet kremlin-backed pro-russian pro-kremlin
	allied arab african asian baltic nordic republican democrat democratic conservative labour liberal green
	socialist
`);

/** Institution words: a capitalised phrase holding one names an organisation. */
export const institutionWords = words(`
	ministry office kremlin institute service agency council army forces government parliament committee
	department pentagon commission bank tv television radio news agency newspaper channel court navy command
	staff party union administration embassy mission fund organisation organization group company
	corporation centre center bureau guard police directorate headquarters assembly duma rada senate
	congress cabinet university school foundation alliance coalition nato un eu fsb sbu gur isw bbc cnn
	reuters ap afp tass ria interfax ukrinform house county authority city club
`);

/** Nouns that can be the head of a speaker phrase. */
export const speakerNouns = words(`
	official officials spokesman spokeswoman spokesperson spokespeople minister ministers ministry government
	president commander commanders chief analyst analysts expert experts source sources blog blogs blogger
	bloggers governor authorities authority agency military army police kremlin media tv newspaper channel
	outlet diplomat diplomats envoy ambassador lawmaker lawmakers senator mayor leader leaders soldier
	soldiers serviceman servicemen resident residents witness witnesses observer observers institute office
	service council committee department command staff report reports study survey analysis assessment
	monitor monitors group organisation organization secretary adviser advisers advisor aide aides head
	director officer officers general colonel captain sergeant correspondent reporter journalist editor
	commentator scholar professor researcher researchers historian economist activist activists lawyer
	prosecutor prosecutors judge court parliament cabinet administration embassy navy forces troops unit
	brigade battalion member members ally allies partner partners country countries nation nations people
	person man woman men women officialdom directorate headquarters statement mission observer sides side
	leadership company companies firm firms club team city county party union vendor bank fund barrister
	solicitor attorney counsel coach manager captain player players striker goalkeeper executive executives
	founder owner investor investors trader traders strategist teacher teachers doctor doctors nurse nurses
	scientist scientists mother father wife husband son daughter pensioner pensioners victim victims
	survivor survivors farmer farmers worker workers engineer driver pilot student students voter voters
	candidate councillor councilman councilwoman commissioner sheriff detective inspector juror neighbour
	neighbor neighbours neighbors fan fans supporter supporters representative broker registrar clerk
	chancellor body regulator watchdog charity campaigners critics opponents protesters demonstrators
	rescuers medics paramedics firefighters economists investigators employees locals villagers families
	relatives parents governments prosecutor agency spokesperson others
`);

/** Head nouns of sources that are unnamed by nature. */
export const anonymousNouns = words('source sources report reports insider insiders person people');

export const determiners = words('a an the one another some two three several many this that these those');
export const indefiniteDeterminers = words('a an one another some two three several many');

export const personalPronouns = words('he she');
export const groupPronouns = words('they it');

/** Words that end a speaker phrase in `said X on Sunday` or `X, on Monday, said`. */
export const timeWords = words(`
	monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight earlier later
	morning evening night week month year weekend january february march april may june july august
	september october november december
`);

/** Auxiliaries and adverbs that may stand between a speaker and the verb (`has also said`). */
export const verbModifiers = words(`
	has have had was were is are will would could should may might also later previously earlier
	reportedly repeatedly then further again firmly even once initially first recently separately publicly
	privately openly already still just not never often always now on monday tuesday wednesday thursday
	friday saturday sunday
`);

/** Phrases in a sentence that make its unnamed source explicitly anonymous. */
export const anonymityPattern =
	/condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|not authori[sz]ed to speak|requested anonymity|spoke anonymously/i;

// Countries, capitals and regions that stand for their governments (`Moscow said`)
// and are never a person's name.
export const placeNames = words(`
	ukraine russia kyiv kiev moscow kursk belgorod sumy kharkiv donbas donetsk luhansk crimea odesa
	pyongyang beijing washington london paris berlin warsaw minsk tehran ankara brussels tokyo seoul
	america britain england france germany china korea poland belarus iran turkey israel gaza syria iraq
	latvia estonia lithuania finland sweden norway denmark hungary romania moldova georgia armenia
	azerbaijan kazakhstan india pakistan japan canada australia mexico brazil italy spain netherlands
	europe africa asia nato kremlin whitehall westminster
`);
