using System.Collections.Frozen;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// General English and news-writing vocabulary the name recogniser reasons with: titles, role nouns,
/// the head nouns of organisation and facility names, words that are capitalised only because they
/// start a sentence. World knowledge about places lives in the gazetteer; nothing here names an actor
/// of any one story.
/// </summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, EntityKind> Map(params (string Word, EntityKind Kind)[] entries) =>
        entries.ToFrozenDictionary(e => e.Word, e => e.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles written before a person's name ("Secretary of State Hillary Clinton", "Rep. Mike Rogers").</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman",
        "Governor", "Gov", "Ambassador", "General", "Gen", "Lt", "Lieutenant", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Sgt",
        "Sergeant", "Admiral", "Adm", "Commander", "Cmdr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "King", "Queen", "Prince",
        "Princess", "Sheikh", "Shaikh", "Emir", "Imam", "Chairman", "Chairwoman", "Chair", "Director", "Chief", "Judge", "Justice", "Mayor",
        "Pope", "Chancellor", "Premier", "Attorney", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Assistant", "Undersecretary",
        "Foreign", "Defense", "Defence", "Interior", "Finance", "Justice", "Envoy", "Marshal", "Field", "Brig", "Brigadier", "Leader", "Sir",
        "Lord", "Lady", "Senior", "Former", "Late", "Founder", "Ayatollah", "Mullah", "Rev", "Father", "Bishop", "Cardinal", "Dame",
        "Mme", "M", "Herr", "Detective", "Officer", "Agent", "Staff", "Sgt", "Cpl", "Corporal", "Private", "Pvt", "Chiefs");

    /// <summary>Title words that can also head an organisation name ("Secretary of State" vs "State Department").</summary>
    public static readonly FrozenSet<string> TitleConnectors = Set("of", "for", "the");

    /// <summary>Lower-case nouns that, right before a name, say it is a person's ("spokesman George Little").</summary>
    public static readonly FrozenSet<string> PersonRoles = Set(
        "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "chief", "commander", "founder", "co-founder", "dictator", "strongman",
        "president", "minister", "secretary", "senator", "ambassador", "envoy", "official", "analyst", "expert", "correspondent", "reporter",
        "journalist", "editor", "colonel", "general", "lieutenant", "emir", "cleric", "preacher", "militant", "jihadist", "terrorist",
        "fighter", "gunman", "mastermind", "confidant", "advisor", "adviser", "aide", "deputy", "lawyer", "attorney", "judge", "son",
        "daughter", "brother", "sister", "wife", "husband", "father", "mother", "cousin", "nephew", "uncle", "named", "called", "dubbed",
        "alias", "aka", "nicknamed", "citizen", "national", "businessman", "diplomat", "officer", "agent", "operative", "lieutenants",
        "chairman", "director", "head", "ex-leader", "warlord", "smuggler", "kidnapper", "hostage", "victim", "survivor", "witness",
        "professor", "researcher", "scholar", "author", "writer", "blogger", "activist", "mayor", "governor", "king", "prince", "sheikh");

    /// <summary>Verbs of saying: a bare name before them is a source, most often a person.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "tells", "stated", "added", "claimed", "claims", "confirmed", "denied", "insisted", "warned", "wrote",
        "explained", "argued", "noted", "asked", "replied", "recalled", "acknowledged", "admitted", "announced", "declared", "testified");

    /// <summary>Head nouns of organisation names, with the kind of organisation they usually name.</summary>
    public static readonly FrozenDictionary<string, EntityKind> GroupHeads = Map(
        ("Committee", EntityKind.Government), ("Department", EntityKind.Government), ("Ministry", EntityKind.Government),
        ("Agency", EntityKind.Government), ("Council", EntityKind.Government), ("Senate", EntityKind.Government),
        ("Congress", EntityKind.Government), ("Parliament", EntityKind.Government), ("Assembly", EntityKind.Government),
        ("Army", EntityKind.Government), ("Navy", EntityKind.Government), ("Forces", EntityKind.Government), ("Force", EntityKind.Government),
        ("Police", EntityKind.Government), ("Directorate", EntityKind.Government), ("Commission", EntityKind.Government),
        ("Office", EntityKind.Government), ("Bureau", EntityKind.Government), ("Service", EntityKind.Government),
        ("Services", EntityKind.Government), ("Government", EntityKind.Government), ("Administration", EntityKind.Government),
        ("Court", EntityKind.Government), ("Guard", EntityKind.Government), ("Nations", EntityKind.Government),
        ("Pentagon", EntityKind.Government), ("Intelligence", EntityKind.Government), ("Command", EntityKind.Government),
        ("Gendarmerie", EntityKind.Government), ("Cabinet", EntityKind.Government), ("Presidency", EntityKind.Government),
        ("Media", EntityKind.Media), ("News", EntityKind.Media), ("Times", EntityKind.Media), ("Post", EntityKind.Media),
        ("Journal", EntityKind.Media), ("Telegraph", EntityKind.Media), ("Tribune", EntityKind.Media), ("Herald", EntityKind.Media),
        ("Guardian", EntityKind.Media), ("Radio", EntityKind.Media), ("Television", EntityKind.Media), ("TV", EntityKind.Media),
        ("Press", EntityKind.Media), ("Magazine", EntityKind.Media), ("Gazette", EntityKind.Media), ("Daily", EntityKind.Media),
        ("Chronicle", EntityKind.Media), ("Globe", EntityKind.Media), ("Observer", EntityKind.Media), ("Broadcasting", EntityKind.Media), ("Network", EntityKind.Media),
        ("Monitor", EntityKind.Media), ("Wire", EntityKind.Media), ("Insider", EntityKind.Media), ("Examiner", EntityKind.Media),
        ("Brigade", EntityKind.Militant), ("Brigades", EntityKind.Militant), ("Battalion", EntityKind.Militant), ("Battalions", EntityKind.Militant),
        ("Mujahideen", EntityKind.Militant), ("Militia", EntityKind.Militant), ("Jihad", EntityKind.Militant), ("Taliban", EntityKind.Militant),
        ("Company", EntityKind.Company), ("Corp", EntityKind.Company), ("Corporation", EntityKind.Company), ("Inc", EntityKind.Company),
        ("Ltd", EntityKind.Company), ("LLC", EntityKind.Company), ("plc", EntityKind.Company), ("Associates", EntityKind.Company),
        ("Airlines", EntityKind.Company), ("Airways", EntityKind.Company), ("Bank", EntityKind.Company), ("Holdings", EntityKind.Company),
        ("Petroleum", EntityKind.Company), ("Energy", EntityKind.Company), ("Oil", EntityKind.Company), ("Industries", EntityKind.Company),
        ("Group", EntityKind.OtherGroup), ("Brotherhood", EntityKind.OtherGroup), ("Party", EntityKind.OtherGroup), ("Movement", EntityKind.OtherGroup), ("Front", EntityKind.OtherGroup),
        ("Foundation", EntityKind.OtherGroup), ("Institute", EntityKind.OtherGroup), ("University", EntityKind.OtherGroup),
        ("Organization", EntityKind.OtherGroup), ("Organisation", EntityKind.OtherGroup), ("Association", EntityKind.OtherGroup),
        ("Society", EntityKind.OtherGroup), ("Union", EntityKind.OtherGroup), ("League", EntityKind.OtherGroup), ("Alliance", EntityKind.OtherGroup),
        ("Coalition", EntityKind.OtherGroup), ("Federation", EntityKind.OtherGroup), ("Center", EntityKind.OtherGroup), ("Centre", EntityKind.OtherGroup),
        ("Watch", EntityKind.OtherGroup), ("International", EntityKind.OtherGroup), ("Club", EntityKind.OtherGroup), ("Church", EntityKind.OtherGroup),
        ("Research", EntityKind.OtherGroup), ("Initiative", EntityKind.OtherGroup), ("Trust", EntityKind.OtherGroup), ("Forum", EntityKind.OtherGroup));

    /// <summary>Words in a name that mark an armed group, wherever they stand ("Al-Qaeda in the Islamic Maghreb").</summary>
    public static readonly FrozenSet<string> MilitantWords = Set(
        "Qaeda", "Qaida", "Al-Qaeda", "Al-Qaida", "al-Qaeda", "al-Qaida", "Jihad", "Jihadist", "Mujahideen", "Mujahidin", "Taliban",
        "Hezbollah", "Hizbollah", "Hamas", "Shabaab", "al-Shabaab", "Boko", "Haram", "ISIS", "ISIL", "Daesh", "Ansar", "Ansar al-Sharia",
        "MUJAO", "Brigade", "Battalion", "Martyrs",
        "Tawhid", "Nusra", "Jabhat", "Tehrik", "Lashkar", "Jaish", "Salafist", "Fatah", "Polisario", "Insurgents",
        // Arabic heads of armed-group names: group, battalion, movement, organisation, brigade ("Jama'at Nasr al-Islam wal Muslimin").
        "Jama'at", "Jama’at", "Jamaat", "Jamaah", "Katibat", "Katiba", "Harakat", "Tanzim", "Liwa", "Saraya");

    /// <summary>Well-known institutions named by one word, which nothing in the word itself marks as a group.</summary>
    public static readonly FrozenDictionary<string, EntityKind> KnownInstitutions = Map(
        ("Pentagon", EntityKind.Government), ("Congress", EntityKind.Government), ("Kremlin", EntityKind.Government),
        ("Knesset", EntityKind.Government), ("Elysee", EntityKind.Government), ("Élysée", EntityKind.Government),
        ("Interpol", EntityKind.Government), ("Europol", EntityKind.Government), ("NATO", EntityKind.Government),
        ("Hezbollah", EntityKind.Militant), ("Hamas", EntityKind.Militant), ("Taliban", EntityKind.Militant),
        ("WikiLeaks", EntityKind.Media), ("Twitter", EntityKind.Company), ("Facebook", EntityKind.Company),
        ("Google", EntityKind.Company), ("YouTube", EntityKind.Company), ("Reuters", EntityKind.Media), ("Bloomberg", EntityKind.Media),
        ("Xinhua", EntityKind.Media), ("Politico", EntityKind.Media), ("Newsweek", EntityKind.Media), ("Interfax", EntityKind.Media),
        ("CIA", EntityKind.Government), ("FBI", EntityKind.Government), ("NSA", EntityKind.Government), ("DIA", EntityKind.Government),
        ("DHS", EntityKind.Government), ("MI5", EntityKind.Government), ("MI6", EntityKind.Government), ("DGSE", EntityKind.Government),
        ("DGSI", EntityKind.Government), ("DRS", EntityKind.Government), ("ISI", EntityKind.Government), ("KGB", EntityKind.Government),
        ("FSB", EntityKind.Government), ("Mossad", EntityKind.Government), ("UN", EntityKind.Government), ("U.N.", EntityKind.Government), ("EU", EntityKind.Government),
        ("AU", EntityKind.Government), ("ECOWAS", EntityKind.Government), ("IAEA", EntityKind.Government), ("UNSC", EntityKind.Government),
        ("MINUSMA", EntityKind.Government), ("AFRICOM", EntityKind.Government), ("USAID", EntityKind.Government));

    /// <summary>Nouns before a name that make it a news organisation ("the Mauritanian news agency ANI").</summary>
    public static readonly FrozenSet<string> MediaNounsBefore = Set(
        "agency", "newspaper", "daily", "weekly", "website", "site", "broadcaster", "channel", "network", "magazine", "outlet", "paper", "tabloid", "wire");

    /// <summary>Families of facility nouns: within one article, "the BP facility" and "the gas complex" are one plant.</summary>
    public static readonly FrozenDictionary<string, string> FacilityFamilies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["facility"] = "plant", ["facilities"] = "plant", ["plant"] = "plant", ["complex"] = "plant", ["refinery"] = "plant", ["field"] = "plant",
        ["oilfield"] = "plant", ["gasfield"] = "plant", ["site"] = "plant", ["consulate"] = "diplomatic", ["embassy"] = "diplomatic",
        ["mission"] = "diplomatic", ["compound"] = "diplomatic", ["annex"] = "diplomatic", ["hotel"] = "hotel",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open an alias in brackets: "Abdelhamid Abou Zeid (aka Abid Hammadou)".</summary>
    public static readonly FrozenSet<string> AliasMarkers = Set("aka", "a.k.a.", "alias", "also", "known", "or");

    /// <summary>Days and months: capitalised, but they end a name ("ABC News Sunday"); dates are found elsewhere.</summary>
    public static readonly FrozenSet<string> DateWords = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
        "Oct", "Nov", "Dec");

    /// <summary>Short capitals that are not names ("CC" in a licence, "TV", "PM", time zones after a clock time, the numeral in "Lutfallah II").</summary>
    public static readonly FrozenSet<string> NotAcronyms = Set("CC", "OK", "TV", "PM", "AM", "ID", "PS", "PR", "HQ", "VS", "BY", "SA", "NC", "ND",
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MST", "MDT", "IST", "JST", "AEST", "AEDT");

    /// <summary>Nouns that make a descriptive phrase a facility ("Algerian gas complex", "U.S. consulate").</summary>
    public static readonly FrozenSet<string> FacilityNouns = Set(
        "facility", "facilities", "plant", "complex", "consulate", "embassy", "mission", "compound", "base", "hotel", "airport", "airbase",
        "refinery", "field", "camp", "prison", "jail", "hospital", "mosque", "port", "harbor", "harbour", "station", "terminal", "barracks",
        "headquarters", "annex", "palace", "stadium", "mall", "site", "pipeline", "mine", "oilfield", "gasfield");

    /// <summary>Lower-case words allowed between a facility's modifier and its noun ("BP joint venture facility").</summary>
    public static readonly FrozenSet<string> FacilityModifiers = Set(
        "gas", "oil", "natural", "diplomatic", "joint", "venture", "processing", "military", "air", "naval", "nuclear", "power", "chemical",
        "special", "secret", "main", "new", "old", "former", "foreign-owned", "state-run", "petroleum", "production", "storage", "training",
        "detention", "intelligence", "cia", "desert", "remote", "sprawling");

    /// <summary>Institutions a country's adjective can front: "Algerian government", "French foreign intelligence services".</summary>
    public static readonly FrozenDictionary<string, string> CountryInstitutions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["government"] = "government", ["regime"] = "government", ["administration"] = "government", ["cabinet"] = "government",
        ["military"] = "military", ["army"] = "military", ["forces"] = "military", ["troops"] = "military", ["armed forces"] = "military",
        ["navy"] = "navy", ["air force"] = "air force", ["police"] = "police", ["gendarmerie"] = "gendarmerie",
        ["security services"] = "security services", ["intelligence services"] = "intelligence services", ["intelligence"] = "intelligence services",
        ["intelligence agency"] = "intelligence services", ["secret services"] = "intelligence services",
        ["foreign intelligence services"] = "foreign intelligence services", ["special forces"] = "special forces",
        ["parliament"] = "parliament", ["foreign ministry"] = "foreign ministry", ["defense ministry"] = "defense ministry",
        ["defence ministry"] = "defence ministry", ["interior ministry"] = "interior ministry", ["state department"] = "state department",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads that make a capitalised phrase an event, not an entity ("Libya Consulate Attack", "Hostage Crisis").</summary>
    public static readonly FrozenSet<string> EventHeads = Set(
        "Attack", "Attacks", "Assault", "Crisis", "Siege", "War", "Election", "Elections", "Revolution", "Uprising", "Bombing", "Bombings",
        "Massacre", "Raid", "Summit", "Conference", "Affair", "Scandal", "Hearing", "Hearings", "Connection", "Link", "Links", "Spring");

    /// <summary>Lower-case words allowed inside a name ("Al-Qaeda in the Islamic Maghreb", "Directorate General for External Security").</summary>
    public static readonly FrozenSet<string> Connectors = Set("of", "in", "the", "for", "de", "du", "des", "la", "le", "el", "al", "bin", "ben", "ibn", "abu", "abou", "van", "von", "der", "da", "dos", "y", "wal", "wa");

    /// <summary>Connectors that only organisation and facility names contain ("Al-Qaeda in the Islamic Maghreb"), never people's.</summary>
    public static readonly FrozenSet<string> OrganisationConnectors = Set("in", "for", "the");

    /// <summary>Nouns before "of" that make the name after them a place ("the Libyan city of El Aouinet").</summary>
    public static readonly FrozenDictionary<string, EntityKind> PlaceNounsBefore = Map(
        ("city", EntityKind.City), ("town", EntityKind.City), ("village", EntityKind.City), ("capital", EntityKind.City),
        ("port", EntityKind.City), ("oasis", EntityKind.City), ("province", EntityKind.Region), ("region", EntityKind.Region),
        ("state", EntityKind.Region), ("district", EntityKind.Region), ("governorate", EntityKind.Region), ("island", EntityKind.Region),
        ("county", EntityKind.Region), ("coast", EntityKind.Region), ("republic", EntityKind.Country), ("kingdom", EntityKind.Country));

    /// <summary>Nouns after a name that make it a place ("the southern Djelfa region").</summary>
    public static readonly FrozenDictionary<string, EntityKind> PlaceNounsAfter = Map(
        ("region", EntityKind.Region), ("province", EntityKind.Region), ("district", EntityKind.Region), ("governorate", EntityKind.Region),
        ("state", EntityKind.Region), ("prefecture", EntityKind.Region), ("county", EntityKind.Region), ("desert", EntityKind.Region),
        ("mountains", EntityKind.Region), ("valley", EntityKind.Region), ("basin", EntityKind.Region), ("border", EntityKind.Region),
        ("oasis", EntityKind.City));

    /// <summary>Compass words that make a region of the place after them ("north Africa", "north-west Africa").</summary>
    public static readonly FrozenSet<string> CompassWords = Set(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "north-west", "north-east", "south-west",
        "south-east", "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern", "southwestern", "southeastern", "central");

    /// <summary>US party letters in "(R-Mich.)": the party is named, the state is a place.</summary>
    public static readonly FrozenDictionary<string, string> PartyLetters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R"] = "Republican Party", ["D"] = "Democratic Party", ["I"] = "Independent",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>AP-style abbreviations of US states, as in "(R-Mich.)".</summary>
    public static readonly FrozenDictionary<string, string> StateAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ala"] = "Alabama", ["Ariz"] = "Arizona", ["Ark"] = "Arkansas", ["Calif"] = "California", ["Colo"] = "Colorado",
        ["Conn"] = "Connecticut", ["Del"] = "Delaware", ["Fla"] = "Florida", ["Ga"] = "Georgia", ["Ill"] = "Illinois", ["Ind"] = "Indiana",
        ["Kan"] = "Kansas", ["Ky"] = "Kentucky", ["La"] = "Louisiana", ["Md"] = "Maryland", ["Mass"] = "Massachusetts", ["Mich"] = "Michigan",
        ["Minn"] = "Minnesota", ["Miss"] = "Mississippi", ["Mo"] = "Missouri", ["Mont"] = "Montana", ["Neb"] = "Nebraska", ["Nev"] = "Nevada",
        ["N.H"] = "New Hampshire", ["N.J"] = "New Jersey", ["N.M"] = "New Mexico", ["N.Y"] = "New York", ["N.C"] = "North Carolina",
        ["N.D"] = "North Dakota", ["Okla"] = "Oklahoma", ["Ore"] = "Oregon", ["Pa"] = "Pennsylvania", ["R.I"] = "Rhode Island",
        ["S.C"] = "South Carolina", ["S.D"] = "South Dakota", ["Tenn"] = "Tennessee", ["Tex"] = "Texas", ["Va"] = "Virginia", ["Vt"] = "Vermont",
        ["Wash"] = "Washington", ["Wis"] = "Wisconsin", ["W.Va"] = "West Virginia", ["Wyo"] = "Wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Name particles that may start a person's or group's name in lower case ("al-Qaeda", "ben Mokhtar", "bin Laden").</summary>
    public static readonly FrozenSet<string> LeadingParticles = Set("al", "el", "bin", "ben", "ibn", "abu", "abou", "de", "van", "von", "da");

    /// <summary>Words before a name that say it is a place ("in", "near", "city of").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("in", "near", "from", "into", "across", "outside", "inside", "around", "throughout", "towards", "toward", "via");

    /// <summary>
    /// Words written with a capital that are not names: sentence openers, pronouns, days and months (dates
    /// are found elsewhere), religions, peoples and languages, and common headline words.
    /// </summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet<string>(
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our", "I", "You",
        "Your", "My", "Me", "Us", "Them", "Him", "Who", "What", "When", "Where", "Why", "How", "Which", "Whose", "There", "Here", "If", "But",
        "And", "Or", "Nor", "So", "Yet", "For", "As", "At", "By", "In", "On", "Of", "To", "From", "With", "Without", "After", "Before",
        "During", "Since", "Until", "While", "Although", "Though", "Because", "However", "Meanwhile", "Moreover", "Also", "Still", "Even",
        "Only", "Just", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Some", "Many", "Most", "Several", "Few", "All", "Both", "Each",
        "Every", "Any", "No", "Not", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second",
        "Third", "Last", "Next", "Other", "Another", "According", "Asked", "Despite", "Among", "Above", "Below", "Under", "Over", "Into",
        "Through", "Aside", "Ever", "Having", "Being", "Rows", "Days", "Please", "Let", "Remember", "Entitled", "Is", "Are", "Was", "Were",
        "Be", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June",
        "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Islamist", "Islamists", "Islam", "Muslim", "Muslims", "Arab", "Arabs", "Arabic", "Christian", "Christians", "Jewish",
        "Jew", "Jews", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Salafi", "Salafis", "Jihadi", "Jihadis", "Jihadist", "Jihadists",
        "Westerners", "Western", "Tuareg", "Tuaregs", "Berber", "Berbers", "Kurdish", "Kurds", "English", "French-language", "God", "Allah",
        "Internet", "Web", "EXCLUSIVE", "WATCH", "UPDATE", "BREAKING", "VIDEO", "PHOTOS", "READ", "MORE", "Related", "Published", "Copyright",
        "Photo", "Mr", "Mrs", "Ms", "Dr", "Yes", "Oh", "OK", "Okay", "Above", "Thanks", "Thank", "Sir", "Madam", "Main", "Back", "Home",
        "Comments", "Share", "Tweet", "Email", "Print", "Close", "Menu", "Search", "Subscribe", "Login", "Sign", "Click", "Top", "Bottom",
        "Reporter", "Reporters", "Correspondent", "Correspondents", "Writer", "Writers", "Editor", "Editors", "Contributor", "Columnist",
        "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty",
        "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred", "Hundreds", "Dozen", "Dozens", "Thousands",
    ], StringComparer.Ordinal); // case matters: "US" is a country, "Us" a pronoun
}
