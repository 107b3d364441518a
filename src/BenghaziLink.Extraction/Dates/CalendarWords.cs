using System.Collections.Frozen;

namespace BenghaziLink.Extraction.Dates;

/// <summary>What a word can do in a date expression. A word may have several roles ("later", "that", "a").</summary>
[Flags]
internal enum WordRole
{
    None = 0,
    /// <summary>A month's full name.</summary>
    Month = 1 << 0,
    /// <summary>A month's short form ("Sept", "Jan"), a date only next to a day or a year.</summary>
    MonthAbbreviation = 1 << 1,
    /// <summary>A month name that is also a common word or a first name (March, May, April, June, August).</summary>
    AmbiguousMonth = 1 << 2,
    Weekday = 1 << 3,
    /// <summary>A weekday's short form ("Mon", "Sat"), a date only next to a full date.</summary>
    WeekdayAbbreviation = 1 << 4,
    /// <summary>A number written as a word ("two", "a").</summary>
    Count = 1 << 5,
    /// <summary>A count that says "some" without saying how many ("several", "few").</summary>
    VagueCount = 1 << 6,
    /// <summary>A calendar unit: day, week, month, year, decade (singular or plural).</summary>
    Unit = 1 << 7,
    /// <summary>today, yesterday, tomorrow, tonight.</summary>
    Deictic = 1 << 8,
    /// <summary>last, this, next: a unit or a name counted from the reference date.</summary>
    Shift = 1 << 9,
    /// <summary>earlier, later, early, late, mid: narrows the period it precedes.</summary>
    Narrowing = 1 << 10,
    /// <summary>following, next, previous, preceding, same: a period counted from a date already given.</summary>
    Sequence = 1 << 11,
    /// <summary>ago, before, after, earlier, later: ends "two weeks ago", "a month before".</summary>
    Relation = 1 << 12,
    Ordinal = 1 << 13,
    /// <summary>A preposition or modifier that marks the next word as a time: in, since, by, until, during…</summary>
    TemporalLead = 1 << 14,
    /// <summary>about, some, nearly…: the number after it is a quantity, not a year.</summary>
    Quantifier = 1 << 15,
    /// <summary>A noun that counts things ("2000 fighters"): the number before it is a quantity.</summary>
    CountedNoun = 1 << 16,
    /// <summary>A noun that labels a number ("page 2011", "Resolution 1973", "Flight 2000").</summary>
    NumberLabel = 1 << 17,
    /// <summary>A unit of money, measure or time of day after a number ("2000 dollars", "1900 GMT").</summary>
    MeasureUnit = 1 << 18,
    /// <summary>Titles that start with a weekday: "Sunday Times", "Saturday Night Live".</summary>
    TitleNoun = 1 << 19,
    /// <summary>Named days that are not the last such weekday: "Black Friday", "Bloody Sunday".</summary>
    NamedDay = 1 << 20,
    /// <summary>Words that make a clause future: will, shall, scheduled.</summary>
    Future = 1 << 21,
    /// <summary>the, its, his…: a determiner before a year makes it a modifier ("the 2011 uprising").</summary>
    Determiner = 1 << 22,
    /// <summary>A part of the day after this/last ("this morning", "last night").</summary>
    DayPart = 1 << 23,
    /// <summary>recent, coming: "recent years", "the coming weeks".</summary>
    Vague = 1 << 24,
    /// <summary>A word written with a full stop that does not end a sentence ("Mr.", "Rep.", "Sept.").</summary>
    Abbreviation = 1 << 25,
    /// <summary>spring, summer, autumn, fall, winter: after last/this/next, a season counted from the reference date.</summary>
    Season = 1 << 26,
}

internal enum DateUnit : byte { None, Day, Week, Month, Year, Decade, Weekend }

/// <summary>One word of the lexicon and the values its roles carry.</summary>
internal readonly record struct CalendarWord(WordRole Roles, byte Month = 0, DayOfWeek? Weekday = null, byte Count = 0, DateUnit Unit = DateUnit.None, bool Plural = false, sbyte Shift = 0)
{
    public bool Is(WordRole role) => (Roles & role) != 0;
}

/// <summary>
/// The English words date expressions are built from, looked up case-insensitively straight from the
/// text (no string per token): month and weekday names, number words, calendar units, and the words
/// around numbers that tell a year from a quantity.
/// </summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, CalendarWord> Words = Build();

    private static readonly FrozenDictionary<string, CalendarWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static CalendarWord Find(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var entry) ? entry : default;

    /// <summary>The month number of a full or abbreviated English month name, or 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        var word = Find(name);
        return word.Is(WordRole.Month | WordRole.MonthAbbreviation) ? word.Month : 0;
    }

    private static FrozenDictionary<string, CalendarWord> Build()
    {
        var words = new Dictionary<string, CalendarWord>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, CalendarWord entry)
        {
            // A word in several lists keeps every role; the values come from whichever list sets them.
            if (words.TryGetValue(word, out var existing))
            {
                entry = new CalendarWord(
                    existing.Roles | entry.Roles,
                    existing.Month != 0 ? existing.Month : entry.Month,
                    existing.Weekday ?? entry.Weekday,
                    existing.Count != 0 ? existing.Count : entry.Count,
                    existing.Unit != DateUnit.None ? existing.Unit : entry.Unit,
                    existing.Plural || entry.Plural,
                    existing.Shift != 0 ? existing.Shift : entry.Shift);
            }
            words[word] = entry;
        }

        void AddAll(WordRole role, params string[] list)
        {
            foreach (var word in list) Add(word, new CalendarWord(role));
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var i = 0; i < months.Length; i++)
        {
            var ambiguous = months[i] is "March" or "May" or "April" or "June" or "August" ? WordRole.AmbiguousMonth : WordRole.None;
            Add(months[i], new CalendarWord(WordRole.Month | ambiguous, Month: (byte)(i + 1)));
        }
        (string Name, int Month)[] abbreviations =
        [
            ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
            ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
        ];
        foreach (var (name, month) in abbreviations) Add(name, new CalendarWord(WordRole.MonthAbbreviation, Month: (byte)month));

        (string Name, DayOfWeek Day)[] weekdays =
        [
            ("Monday", DayOfWeek.Monday), ("Tuesday", DayOfWeek.Tuesday), ("Wednesday", DayOfWeek.Wednesday),
            ("Thursday", DayOfWeek.Thursday), ("Friday", DayOfWeek.Friday), ("Saturday", DayOfWeek.Saturday),
            ("Sunday", DayOfWeek.Sunday),
        ];
        foreach (var (name, day) in weekdays) Add(name, new CalendarWord(WordRole.Weekday, Weekday: day));
        (string Name, DayOfWeek Day)[] weekdayAbbreviations =
        [
            ("Mon", DayOfWeek.Monday), ("Tue", DayOfWeek.Tuesday), ("Tues", DayOfWeek.Tuesday), ("Wed", DayOfWeek.Wednesday),
            ("Thu", DayOfWeek.Thursday), ("Thur", DayOfWeek.Thursday), ("Thurs", DayOfWeek.Thursday), ("Fri", DayOfWeek.Friday),
            ("Sat", DayOfWeek.Saturday), ("Sun", DayOfWeek.Sunday),
        ];
        foreach (var (name, day) in weekdayAbbreviations) Add(name, new CalendarWord(WordRole.WeekdayAbbreviation, Weekday: day));

        string[] numbers =
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var i = 0; i < numbers.Length; i++) Add(numbers[i], new CalendarWord(WordRole.Count, Count: (byte)(i + 1)));
        Add("thirty", new CalendarWord(WordRole.Count, Count: 30));
        Add("forty", new CalendarWord(WordRole.Count, Count: 40));
        Add("fifty", new CalendarWord(WordRole.Count, Count: 50));
        Add("sixty", new CalendarWord(WordRole.Count, Count: 60));
        Add("seventy", new CalendarWord(WordRole.Count, Count: 70));
        Add("eighty", new CalendarWord(WordRole.Count, Count: 80));
        Add("ninety", new CalendarWord(WordRole.Count, Count: 90));
        Add("a", new CalendarWord(WordRole.Count | WordRole.Determiner, Count: 1));
        Add("an", new CalendarWord(WordRole.Count | WordRole.Determiner, Count: 1));
        AddAll(WordRole.VagueCount, "several", "few", "many", "some", "couple");

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        for (var i = 0; i < ordinals.Length; i++) Add(ordinals[i], new CalendarWord(WordRole.Ordinal, Count: (byte)(i + 1)));

        (string Name, DateUnit Unit, bool Plural)[] units =
        [
            ("day", DateUnit.Day, false), ("days", DateUnit.Day, true), ("week", DateUnit.Week, false), ("weeks", DateUnit.Week, true),
            ("month", DateUnit.Month, false), ("months", DateUnit.Month, true), ("year", DateUnit.Year, false), ("years", DateUnit.Year, true),
            ("decade", DateUnit.Decade, false), ("decades", DateUnit.Decade, true), ("weekend", DateUnit.Weekend, false),
        ];
        foreach (var (name, unit, plural) in units) Add(name, new CalendarWord(WordRole.Unit, Unit: unit, Plural: plural));

        Add("today", new CalendarWord(WordRole.Deictic, Shift: 0));
        Add("tonight", new CalendarWord(WordRole.Deictic, Shift: 0));
        Add("yesterday", new CalendarWord(WordRole.Deictic, Shift: -1));
        Add("tomorrow", new CalendarWord(WordRole.Deictic, Shift: 1));

        Add("last", new CalendarWord(WordRole.Shift, Shift: -1));
        Add("this", new CalendarWord(WordRole.Shift | WordRole.Determiner, Shift: 0));
        Add("next", new CalendarWord(WordRole.Shift | WordRole.Sequence, Shift: 1));
        Add("following", new CalendarWord(WordRole.Sequence, Shift: 1));
        Add("previous", new CalendarWord(WordRole.Sequence, Shift: -1));
        Add("preceding", new CalendarWord(WordRole.Sequence, Shift: -1));
        Add("same", new CalendarWord(WordRole.Sequence, Shift: 0));
        AddAll(WordRole.Narrowing, "earlier", "later", "early", "late", "mid");
        Add("ago", new CalendarWord(WordRole.Relation, Shift: -1));
        Add("before", new CalendarWord(WordRole.Relation, Shift: -1));
        Add("earlier", new CalendarWord(WordRole.Relation, Shift: -1));
        Add("after", new CalendarWord(WordRole.Relation, Shift: 1));
        Add("later", new CalendarWord(WordRole.Relation, Shift: 1));
        AddAll(WordRole.DayPart, "morning", "afternoon", "evening", "night");
        AddAll(WordRole.Vague, "recent", "coming");
        // A season is named by the month it starts in (northern hemisphere, as the outlets we read write).
        Add("spring", new CalendarWord(WordRole.Season, Month: 3));
        Add("summer", new CalendarWord(WordRole.Season, Month: 6));
        Add("autumn", new CalendarWord(WordRole.Season, Month: 9));
        Add("fall", new CalendarWord(WordRole.Season, Month: 9));
        Add("winter", new CalendarWord(WordRole.Season, Month: 12));

        AddAll(WordRole.TemporalLead,
            "in", "on", "since", "by", "until", "till", "through", "throughout", "from", "during", "before", "after",
            "early", "late", "mid", "last", "next", "this", "of", "every", "each", "between", "around", "circa", "pre", "post");
        AddAll(WordRole.Quantifier,
            "about", "some", "nearly", "almost", "roughly", "approximately", "estimated", "least", "over", "additional",
            "another", "extra");
        AddAll(WordRole.CountedNoun,
            "people", "persons", "men", "women", "children", "troops", "soldiers", "fighters", "militants", "jihadists",
            "rebels", "insurgents", "weapons", "missiles", "rockets", "guns", "rifles", "vehicles", "trucks", "cars",
            "hostages", "civilians", "refugees", "migrants", "casualties", "deaths", "dead", "members", "workers",
            "employees", "police", "policemen", "officers", "residents", "families", "pages", "rounds", "units", "cases",
            "times", "words", "votes", "tanks", "barrels", "tons", "tonnes", "others", "more", "of");
        AddAll(WordRole.NumberLabel,
            "page", "p", "pp", "no", "nos", "number", "resolution", "flight", "room", "article", "chapter", "section",
            "vol", "volume", "issue", "route", "highway", "model", "version", "v", "unit", "line", "bus", "seat", "tel",
            "phone", "fax", "ext", "box", "suite", "item", "table", "figure", "fig", "paragraph", "para", "code",
            "platform", "gate", "exhibit", "batch", "lot", "decree", "law", "order", "ref", "reference", "id");
        AddAll(WordRole.MeasureUnit,
            "dollars", "euros", "pounds", "dinars", "francs", "dirhams", "percent", "per", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "feet", "ft", "kg", "hours", "hrs", "hr", "gmt", "utc", "bst",
            "cet", "est", "edt", "local", "zulu", "am", "pm", "million", "billion", "thousand", "hundred");
        AddAll(WordRole.TitleNoun,
            "times", "telegraph", "express", "mirror", "post", "herald", "mail", "independent", "star", "tribune",
            "observer", "sport", "people", "edition", "magazine", "review", "supplement");
        AddAll(WordRole.NamedDay, "black", "good", "bloody", "holy", "easter", "palm", "ash", "super", "cyber", "maundy", "great");
        AddAll(WordRole.Future, "will", "shall", "scheduled", "upcoming", "due");
        AddAll(WordRole.Abbreviation,
            "mr", "mrs", "ms", "dr", "st", "rep", "sen", "gen", "col", "lt", "sgt", "capt", "gov", "prof", "jr", "sr",
            "no", "vol", "inc", "ltd", "co", "corp", "vs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "approx", "est", "fig", "pp", "al", "cf", "etc");
        AddAll(WordRole.Determiner, "the", "its", "his", "her", "their", "our", "my", "your", "that", "these", "those");

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
