namespace BenghaziLink.Extraction.Dates;

/// <summary>
/// Finds date expressions in the tokens of one block, left to right in a single pass: at each token the
/// longest form that starts there wins, and scanning resumes after it, so expressions never overlap.
/// Only tokens that can start a date (numbers, calendar words) are looked at more closely.
/// </summary>
/// <remarks>
/// Most of the work is telling dates from the numbers and words that look like them: a year is not a
/// quantity ("some 2000 fighters"), a label ("Resolution 1973"), money, a measure, part of a longer
/// number ("2,011", "2.0", "555-2011") or of a code ("SA-24"); "May" and "March" are verbs, "April"
/// and "June" names, unless a preposition or a day or year marks them as months; "Sunday Times" and
/// "Black Friday" are not last Sunday or last Friday. Pure durations ("four-day", "for four months",
/// "several weeks", "two year old") have no relation word after them and are never read.
/// </remarks>
internal readonly ref struct DateScanner
{
    private readonly string text;
    private readonly List<DateToken> tokens;

    public DateScanner(string text, List<DateToken> tokens)
    {
        this.text = text;
        this.tokens = tokens;
    }

    private int Count => tokens.Count;

    /// <summary>"the February 17th Martyrs Brigade", "the 17 February Coalition": a day that names a group is no date of the story.</summary>
    private bool NamesAGroup(DateCandidate candidate) =>
        candidate.Shape == DateShape.YearLess && candidate.End < text.Length && DateNamePatterns.GroupNamedAfter().IsMatch(text.AsSpan(candidate.End));

    public void Scan(List<DateCandidate> found)
    {
        var i = 0;
        while (i < Count)
        {
            if (TryAt(i, out var candidate, out var next))
            {
                if (!NamesAGroup(candidate)) found.Add(candidate);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryAt(int i, out DateCandidate candidate, out int next)
    {
        var token = tokens[i];
        switch (token.Kind)
        {
            case TokenKind.Number:
                return TryNineEleven(i, out candidate, out next)
                    || TryIso(i, out candidate, out next)
                    || TryYearFirst(i, out candidate, out next)
                    || TryDayFirst(i, out candidate, out next)
                    || TryYearRange(i, out candidate, out next)
                    || TryDecade(i, out candidate, out next)
                    || TryCounted(i, out candidate, out next)
                    || TryYear(i, out candidate, out next);
            case TokenKind.Symbol:
                return TryShortDecade(i, out candidate, out next);
        }

        var word = token.Word;
        candidate = default;
        next = 0;
        if (word.Roles == WordRole.None) return false;
        if (word.Is(WordRole.Weekday | WordRole.WeekdayAbbreviation) && TryWeekday(i, out candidate, out next)) return true;
        if (word.Is(WordRole.Month | WordRole.MonthAbbreviation) && TryMonthFirst(i, led: false, out candidate, out next)) return true;
        if (word.Is(WordRole.Deictic) && TryDeictic(i, out candidate, out next)) return true;
        if (word.Is(WordRole.Narrowing) && TryNarrowed(i, out candidate, out next)) return true;
        if (word.Is(WordRole.Shift) && TryShift(i, out candidate, out next)) return true;
        if (word.Is(WordRole.Count | WordRole.VagueCount | WordRole.Unit) && TryCounted(i, out candidate, out next)) return true;
        if (word.Is(WordRole.Vague) && TryVague(i, out candidate, out next)) return true;
        if (IsWord(i, "the") && TryThe(i, out candidate, out next)) return true;
        if (IsWord(i, "that") && TryThat(i, out candidate, out next)) return true;
        return false;
    }

    // ---- Calendar dates -------------------------------------------------------------------------

    /// <summary>
    /// "9/11": the one all-numeric date English news writes without a year and means without doubt. Other
    /// numeric dates stay unread (see <see cref="Parsing.DateExpressions"/>).
    /// </summary>
    private bool TryNineEleven(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (!IsNumber(i, 1) || tokens[i].Value != 9 || tokens[i].HasSuffix || ContinuedFrom(i)) return false;
        if (!IsSymbol(i + 1, '/') || !tokens[i + 1].Glued || !IsNumber(i + 2, 2) || tokens[i + 2].Value != 11 || !tokens[i + 2].Glued || tokens[i + 2].HasSuffix) return false;
        if (ContinuesNumber(i + 2) || (i + 3 < Count && tokens[i + 3].Glued && tokens[i + 3].Kind != TokenKind.Symbol)) return false;
        next = i + 3;
        candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].End, DateShape.Calendar) { From = new PartialDate(2001, 9, 11) };
        return true;
    }

    /// <summary>2016-03-19 (and 2016-03-19T10:00, without the time).</summary>
    private bool TryIso(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (!IsNumber(i, 4) || tokens[i].HasSuffix || ContinuedFrom(i)) return false;
        if (!IsSymbol(i + 1, '-') || !tokens[i + 1].Glued || !IsNumber(i + 2, 2) || !tokens[i + 2].Glued || tokens[i + 2].HasSuffix) return false;
        if (!IsSymbol(i + 3, '-') || !tokens[i + 3].Glued || !IsNumber(i + 4, 2) || !tokens[i + 4].Glued) return false;
        var day = tokens[i + 4];
        if (day.HasSuffix && text[day.SuffixStart] is not ('T' or 't')) return false;
        if (!IsValid(tokens[i].Value, tokens[i + 2].Value, day.Value)) return false;
        next = i + 5;
        candidate = new DateCandidate(tokens[i].Start, day.SuffixStart, DateShape.Calendar)
        {
            From = new PartialDate(tokens[i].Value, tokens[i + 2].Value, day.Value),
        };
        return true;
    }

    /// <summary>"2016 March 19", as some outlets write their dates, with the weekday they add after it.</summary>
    private bool TryYearFirst(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var year = YearAt(i);
        if (year == 0 || ContinuedFrom(i) || !MonthAt(i + 1, out var month, out var afterMonth, out _, out var possessive) || possessive) return false;
        var day = DayAt(afterMonth);
        if (day == 0 || !IsValid(year, month, day)) return false;
        next = WithWeekdayAfter(afterMonth + 1);
        candidate = new DateCandidate(tokens[i].Start, EndOf(next - 1), DateShape.Calendar) { From = new PartialDate(year, month, day) };
        return true;
    }

    /// <summary>"17 January 2013", "17 January (2013)", "the 19th of March, 2016", "29 February", "16-17 March".</summary>
    private bool TryDayFirst(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var day = DayAt(i);
        if (day == 0 || ContinuedFrom(i)) return false;
        var j = i + 1;
        var endDay = 0;
        if (IsDash(j) && DayAt(j + 1) > day)
        {
            endDay = tokens[j + 1].Value;
            j += 2;
        }
        if (IsWord(j, "of")) j++;
        if (!MonthAt(j, out var month, out var afterMonth, out _, out var possessive)) return false;
        return Finish(i, month, day, endDay, afterMonth, possessive, out candidate, out next);
    }

    /// <summary>"September 11, 2012", "Sept. 11", "March 16-17", "January 2013", "May 2010", "in November".</summary>
    private bool TryMonthFirst(int i, bool led, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (!MonthAt(i, out var month, out var j, out var abbreviated, out var possessive)) return false;
        if (!possessive)
        {
            var day = DayAt(j);
            if (day > 0)
            {
                var endDay = 0;
                var k = j + 1;
                if (IsDash(k) && DayAt(k + 1) > day)
                {
                    endDay = tokens[k + 1].Value;
                    k += 2;
                }
                return Finish(i, month, day, endDay, k, possessive: false, out candidate, out next);
            }
            var y = IsSymbol(j, ',') ? j + 1 : j;
            var year = YearAt(y);
            if (year > 0)
            {
                next = y + 1;
                candidate = new DateCandidate(tokens[i].Start, tokens[y].End, DateShape.Calendar) { From = new PartialDate(year, month) };
                return true;
            }
        }
        if (abbreviated) return false;
        if (!possessive && YearOfAnotherDate(i + 1, out var shift, out next))
        {
            candidate = new DateCandidate(tokens[i].Start, tokens[next - 1].StemEnd, DateShape.YearLess) { Month = month, YearFromAnchor = true, Count = shift };
            return true;
        }
        if (!(led || IsMonthOnItsOwn(i))) return false;
        next = i + 1;
        candidate = new DateCandidate(tokens[i].Start, tokens[i].StemEnd, DateShape.YearLess) { Month = month, Future = HasFutureCue(i) };
        return true;
    }

    /// <summary>
    /// "(of) that year", "of the same year", "(of) the following year": the year is another date's, given
    /// before ("in 2003 …; freed in August of that year", "… in August that year").
    /// </summary>
    private bool YearOfAnotherDate(int k, out int shift, out int next)
    {
        shift = 0;
        next = 0;
        // "of" may be left out: "freed in August that year".
        var j = IsWord(k, "of") ? k + 1 : k;
        if (IsWord(j, "that"))
        {
            j++;
            if (IsWord(j, "same")) j++;
        }
        else if (IsWord(j, "the") && j + 1 < Count && tokens[j + 1].Word.Is(WordRole.Sequence))
        {
            shift = tokens[j + 1].Word.Shift;
            j += 2;
        }
        else
        {
            return false;
        }
        if (!IsWord(j, "year") || tokens[j].StemEnd < tokens[j].End) return false;
        next = j + 1;
        return true;
    }

    /// <summary>Completes a day and month with the year after them, if any: ", 2013", " 2013", " (2013)".</summary>
    private bool Finish(int start, int month, int day, int endDay, int k, bool possessive, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var year = 0;
        if (!possessive)
        {
            var y = IsSymbol(k, ',') ? k + 1 : k;
            if (YearAt(y) is > 0 and var plain)
            {
                year = plain;
                k = y + 1;
            }
            else if (IsSymbol(k, '(') && YearAt(k + 1) is > 0 and var bracketed && IsSymbol(k + 2, ')'))
            {
                year = bracketed;
                k += 3;
            }
        }
        var last = endDay > 0 ? endDay : day;
        if (year > 0)
        {
            if (!IsValid(year, month, last)) return false;
            next = WithWeekdayAfter(k);
            candidate = new DateCandidate(tokens[start].Start, EndOf(next - 1), DateShape.Calendar)
            {
                From = new PartialDate(year, month, day),
                To = endDay > 0 ? new PartialDate(year, month, endDay) : null,
            };
            return true;
        }
        // Without a year, any day the month can have in some year (29 February included).
        if (!IsValid(2000, month, last)) return false;
        if (!possessive && YearOfAnotherDate(k, out var shift, out next))
        {
            candidate = new DateCandidate(tokens[start].Start, tokens[next - 1].StemEnd, DateShape.YearLess)
            {
                Month = month,
                Day = day,
                EndDay = endDay,
                YearFromAnchor = true,
                Count = shift,
            };
            return true;
        }
        next = WithWeekdayAfter(k);
        candidate = new DateCandidate(tokens[start].Start, EndOf(next - 1), DateShape.YearLess)
        {
            Month = month,
            Day = day,
            EndDay = endDay,
            Future = HasFutureCue(start),
        };
        return true;
    }

    /// <summary>"2010-2014", "2010–14", "2010 - 2014", and a fiscal year or season written "2011/12".</summary>
    private bool TryYearRange(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var from = i + 2 < Count && IsSymbol(i + 1, '/') && tokens[i + 1].Glued && tokens[i + 2].Glued ? FirstOfSlashedYears(i) : YearAt(i);
        if (from == 0 || ContinuedFrom(i) || !(IsDash(i + 1) || IsSymbol(i + 1, '/')) || i + 2 >= Count) return false;
        // Both sides glued or both spaced: "2010 -2014" is not a range.
        if (tokens[i + 1].Glued != tokens[i + 2].Glued || tokens[i + 2].Kind != TokenKind.Number || tokens[i + 2].HasSuffix) return false;
        var to = tokens[i + 2].Digits switch
        {
            4 => YearAt(i + 2),
            2 => from / 100 * 100 + tokens[i + 2].Value,
            _ => 0,
        };
        if (to <= from || to - from >= 100 || ContinuesNumber(i + 2)) return false;
        // Across a slash only consecutive years make a pair; "2011/2015" is more likely a reference number.
        if (IsSymbol(i + 1, '/') && to != from + 1) return false;
        // A third part makes it a phone or reference number.
        if (IsDash(i + 3) && tokens[i + 3].Glued && i + 4 < Count && tokens[i + 4].Kind == TokenKind.Number) return false;
        next = i + 3;
        candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].End, DateShape.Calendar) { From = new PartialDate(from), To = new PartialDate(to) };
        return true;
    }

    /// <summary>
    /// The first year of "2011/12": <see cref="YearAt"/> refuses a year glued to "/" and digits, since
    /// "24/7" and "03/04/2016" are not dates, so the pair is checked here.
    /// </summary>
    private int FirstOfSlashedYears(int i)
    {
        var token = tokens[i];
        return token.Kind == TokenKind.Number && token.Digits == 4 && !token.HasSuffix && token.Value is >= 1900 and <= 2099
            && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Digits is 2 or 4 && !ContinuesNumber(i + 2)
            ? token.Value
            : 0;
    }

    /// <summary>"1990s", "1990’s".</summary>
    private bool TryDecade(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var token = tokens[i];
        if (!IsNumber(i, 4) || token.Value is < 1900 or > 2090 || token.Value % 10 != 0 || !IsDecadeSuffix(token) || ContinuedFrom(i)) return false;
        next = i + 1;
        candidate = new DateCandidate(token.Start, token.End, DateShape.Calendar) { From = new PartialDate(token.Value), To = new PartialDate(token.Value + 9) };
        return true;
    }

    /// <summary>"’90s": the century is the one a news text most likely means.</summary>
    private bool TryShortDecade(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (!DateTokenizer.IsApostrophe(text[tokens[i].Start]) || !IsNumber(i + 1, 2) || !tokens[i + 1].Glued) return false;
        var token = tokens[i + 1];
        if (token.Value % 10 != 0 || !IsDecadeSuffix(token)) return false;
        if (i > 0 && tokens[i].Glued && tokens[i - 1].Kind != TokenKind.Symbol) return false;
        var start = token.Value >= 20 ? 1900 + token.Value : 2000 + token.Value;
        next = i + 2;
        candidate = new DateCandidate(tokens[i].Start, token.End, DateShape.Calendar) { From = new PartialDate(start), To = new PartialDate(start + 9) };
        return true;
    }

    /// <summary>A year on its own, when nothing around it makes it a quantity, a label, money or part of a longer number.</summary>
    private bool TryYear(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var year = YearAt(i) is > 0 and var plain ? plain : PossessiveYearAt(i);
        if (year == 0 || ContinuedFrom(i) || !IsYearContext(i)) return false;
        next = i + 1;
        candidate = new DateCandidate(tokens[i].Start, tokens[i].SuffixStart, DateShape.Calendar) { From = new PartialDate(year) };
        return true;
    }

    /// <summary>"2012’s attack": a year with a possessive. "1990’s" is left to <see cref="TryDecade"/>.</summary>
    private int PossessiveYearAt(int i)
    {
        var token = tokens[i];
        if (!IsNumber(i, 4) || token.Value is < 1900 or > 2099 || token.Value % 10 == 0 || token.End - token.SuffixStart != 2) return 0;
        return DateTokenizer.IsApostrophe(text[token.SuffixStart]) && text[token.SuffixStart + 1] == 's' ? token.Value : 0;
    }

    private bool IsYearContext(int i)
    {
        if (i > 0)
        {
            var before = tokens[i - 1];
            if (tokens[i].Glued)
            {
                // "$2011", "#2011", "v2011"; "mid-2012" and "pre-2011" are years, "SA-2011" and "F-2000" codes.
                if (before.Kind == TokenKind.Word) return false;
                if (before.Kind == TokenKind.Symbol && text[before.Start] is '$' or '£' or '€' or '¥' or '#' or '+' or '№') return false;
                if (IsDash(i - 1) && i > 1 && tokens[i - 1].Glued && tokens[i - 2].Kind == TokenKind.Word
                    && !tokens[i - 2].Word.Is(WordRole.TemporalLead) && !IsWord(i - 2, "end") && !IsWord(i - 2, "start"))
                {
                    return false;
                }
            }
            else
            {
                if (before.Kind == TokenKind.Number) return false;
                if (before.Kind == TokenKind.Symbol && text[before.Start] is '$' or '£' or '€' or '¥' or '#') return false;
                if (before.Kind == TokenKind.Word && (before.Word.Is(WordRole.Quantifier | WordRole.NumberLabel) || IsComparedQuantity(i - 1))) return false;
                // "1500 to 2000", "500 or 2000": the other end of a range of quantities.
                if ((IsWord(i - 1, "to") || IsWord(i - 1, "or") || IsWord(i - 1, "and")) && i > 1 && tokens[i - 2].Kind == TokenKind.Number
                    && YearAt(i - 2) == 0 && !IsDecadeSuffix(tokens[i - 2]))
                {
                    return false;
                }
                // "No. 2011", "p. 2011".
                if (IsSymbol(i - 1, '.') && i > 1 && tokens[i - 1].Glued && tokens[i - 2].Word.Is(WordRole.NumberLabel)) return false;
            }
        }
        if (i + 1 < Count)
        {
            var after = tokens[i + 1];
            if (after.Glued && after.Kind == TokenKind.Symbol && text[after.Start] is '%') return false;
            // "2000-strong", "2000-year-old", "2000-page".
            if (IsDash(i + 1) && after.Glued && i + 2 < Count && tokens[i + 2].Glued && tokens[i + 2].Kind == TokenKind.Word
                && (tokens[i + 2].Word.Is(WordRole.Unit | WordRole.CountedNoun | WordRole.MeasureUnit) || IsWord(i + 2, "strong") || IsWord(i + 2, "page")))
            {
                return false;
            }
            if (!after.Glued && after.Kind == TokenKind.Number) return false;
            if (after.Kind == TokenKind.Word && after.Word.Is(WordRole.MeasureUnit)) return false;
            // "2000 fighters" counts them; "the 2011 hostages" and "Clinton’s 2010 emails" are dated by the year.
            if (after.Kind == TokenKind.Word && after.Word.Is(WordRole.CountedNoun) && char.IsLower(text[after.Start]) && !IsDeterminedBefore(i)) return false;
        }
        return true;
    }

    // "more than 2000", "fewer than 2000" (but "no later than 2014" is a date).
    private bool IsComparedQuantity(int than) =>
        IsWord(than, "than") && than > 0 && (IsWord(than - 1, "more") || IsWord(than - 1, "fewer") || IsWord(than - 1, "less"));

    private bool IsDeterminedBefore(int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && (tokens[i - 1].Word.Is(WordRole.Determiner) || tokens[i - 1].StemEnd < tokens[i - 1].End);

    // ---- Weekdays and deictic words -------------------------------------------------------------

    /// <summary>"Saturday, March 19, 2016" (the weekday joins the date), or a weekday on its own: "on Tuesday".</summary>
    private bool TryWeekday(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (!IsCapitalised(i)) return false;
        var j = i + 1;
        var abbreviated = tokens[i].Word.Is(WordRole.WeekdayAbbreviation);
        if (abbreviated && IsSymbol(j, '.') && tokens[j].Glued) j++;
        if (tokens[i].StemEnd == tokens[i].End)
        {
            var k = IsSymbol(j, ',') ? j + 1 : j;
            if (k < Count && (TryMonthFirst(k, led: true, out var date, out next) || TryDayFirst(k, out date, out next))
                && (date.Day > 0 || date.From?.Day is not null))
            {
                candidate = date with { Start = tokens[i].Start, Weekday = tokens[i].Word.Weekday!.Value, HasWeekday = true };
                return true;
            }
        }
        if (abbreviated || !IsWeekdayOnItsOwn(i)) return false;
        next = i + 1;
        candidate = new DateCandidate(tokens[i].Start, tokens[i].StemEnd, DateShape.Weekday)
        {
            Weekday = tokens[i].Word.Weekday!.Value,
            Future = HasFutureCue(i),
        };
        return true;
    }

    /// <summary>Not "Sunday Times" or "Black Friday"; not "Fridays" (habit, not a date: the lexicon has no plurals).</summary>
    private bool IsWeekdayOnItsOwn(int i)
    {
        if (i > 0 && tokens[i - 1].Word.Is(WordRole.NamedDay) && IsCapitalised(i - 1)) return false;
        if (i + 1 < Count && tokens[i + 1].Word.Is(WordRole.TitleNoun) && IsCapitalised(i + 1) && tokens[i].StemEnd == tokens[i].End) return false;
        return true;
    }

    /// <summary>today, yesterday, tomorrow, tonight; not the "Today" of a title ("USA Today").</summary>
    private bool TryDeictic(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (IsCapitalised(i) && i > 0 && !AtSentenceStart(i) && tokens[i - 1].Kind == TokenKind.Word && IsCapitalised(i - 1)
            && !tokens[i - 1].Word.Is(WordRole.TemporalLead))
        {
            return false;
        }
        if (IsWord(i + 1, "programme") || IsWord(i + 1, "program") || IsWord(i + 1, "show")) return false;
        next = i + 1;
        candidate = new DateCandidate(tokens[i].Start, tokens[i].StemEnd, DateShape.Day) { Count = tokens[i].Word.Shift };
        return true;
    }

    /// <summary>
    /// "last week", "this year", "next month", "last weekend", "this past week", "last night", "this morning",
    /// "last Friday", "last September", "last summer". After a determiner it is a span of time ("the last
    /// year", "his next month"), not a date.
    /// </summary>
    private bool TryShift(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && (tokens[i - 1].Word.Is(WordRole.Determiner) || IsWord(i - 1, "past"))) return false;
        var shift = tokens[i].Word.Shift;
        var j = i + 1;
        // "this past week" is last week.
        if (shift == 0 && IsWord(j, "past"))
        {
            shift = -1;
            j++;
        }
        if (tokens[i].StemEnd < tokens[i].End || j >= Count || tokens[j].Kind != TokenKind.Word || tokens[j].Glued) return false;
        // ABC’s "This Week" is a programme; a sentence can start with "This week" but not continue with it capitalised.
        if (IsWord(i, "this") && IsCapitalised(i) && IsCapitalised(j) && !AtSentenceStart(i)) return false;
        var word = tokens[j].Word;
        var end = tokens[j].StemEnd;
        next = j + 1;
        if (word.Is(WordRole.Unit) && !word.Plural && word.Unit is DateUnit.Week or DateUnit.Month or DateUnit.Year or DateUnit.Weekend)
        {
            candidate = new DateCandidate(tokens[i].Start, end, DateShape.Period) { Unit = word.Unit, Count = shift };
            return true;
        }
        if (word.Is(WordRole.DayPart) && j == i + 1)
        {
            // "last night", "last evening"; "this morning", "this afternoon"… "next morning" is not said of a date.
            var isEvening = IsWord(j, "night") || IsWord(j, "evening");
            if (shift > 0 || (shift < 0 && !isEvening)) return false;
            candidate = new DateCandidate(tokens[i].Start, end, DateShape.Day) { Count = shift };
            return true;
        }
        if (word.Is(WordRole.Season))
        {
            candidate = new DateCandidate(tokens[i].Start, end, DateShape.Season) { Month = word.Month, Count = shift };
            return true;
        }
        if (word.Is(WordRole.Weekday) && IsCapitalised(j))
        {
            candidate = new DateCandidate(tokens[i].Start, end, DateShape.Weekday) { Weekday = word.Weekday!.Value, Shift = shift };
            return true;
        }
        if (word.Is(WordRole.Month) && IsCapitalised(j))
        {
            candidate = new DateCandidate(tokens[i].Start, end, DateShape.NamedMonth) { Month = word.Month, Count = shift };
            return true;
        }
        return false;
    }

    /// <summary>"earlier this year", "late last month", "later that year", "mid-March", "mid-2012", "mid-1990s".</summary>
    private bool TryNarrowed(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (tokens[i].StemEnd < tokens[i].End) return false;
        if (IsWord(i, "mid"))
        {
            var j = IsDash(i + 1) && tokens[i + 1].Glued ? i + 2 : i + 1;
            if (j >= Count) return false;
            if (TryMonthFirst(j, led: true, out var inner, out next) || TryDecade(j, out inner, out next) || TryYear(j, out inner, out next))
            {
                candidate = inner with { Start = tokens[i].Start };
                return true;
            }
            return false;
        }
        if (i + 1 < Count && tokens[i + 1].Word.Is(WordRole.Shift) && TryShift(i + 1, out var shifted, out next) && shifted.Shape == DateShape.Period)
        {
            candidate = shifted with { Start = tokens[i].Start };
            return true;
        }
        if ((IsWord(i, "earlier") || IsWord(i, "later")) && IsWord(i + 1, "that") && SingularUnit(i + 2) is not DateUnit.None and var unit)
        {
            next = i + 3;
            candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].StemEnd, DateShape.Sequence) { Unit = unit };
            return true;
        }
        return false;
    }

    // ---- Counted and anaphoric expressions ------------------------------------------------------

    /// <summary>
    /// "20 years ago", "a month before", "two days later", "a few weeks after", "Days before", "years ago".
    /// A count and a unit with no relation word after them is a duration and is not read.
    /// </summary>
    private bool TryCounted(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var token = tokens[i];
        int count;
        int unitAt;
        if (token.Kind == TokenKind.Number)
        {
            if (token.Digits > 2 || token.HasSuffix || token.Value == 0) return false;
            count = token.Value;
            unitAt = i + 1;
        }
        else if (token.Word.Is(WordRole.Unit))
        {
            // "years ago" on its own; after a number that did not make a date ("the 20 years before") it is a span.
            if (!token.Word.Plural || (i > 0 && (tokens[i - 1].Kind == TokenKind.Number || tokens[i - 1].Word.Is(WordRole.Count | WordRole.VagueCount)))) return false;
            count = 0;
            unitAt = i;
        }
        else if (token.Word.Is(WordRole.VagueCount))
        {
            count = 0;
            unitAt = IsWord(i + 1, "of") ? i + 2 : i + 1;
        }
        else
        {
            // "twenty-five": read from "twenty"; "five" alone would give the wrong count.
            if (i >= 2 && token.Glued && IsDash(i - 1) && tokens[i - 1].Glued && tokens[i - 2].Word.Is(WordRole.Count)) return false;
            count = token.Word.Count;
            unitAt = i + 1;
            if (count >= 20 && IsDash(i + 1) && tokens[i + 1].Glued && i + 2 < Count && tokens[i + 2].Glued && tokens[i + 2].Word.Count is > 0 and < 10)
            {
                count += tokens[i + 2].Word.Count;
                unitAt = i + 3;
            }
            // "a few weeks", "a couple of days".
            if (unitAt < Count && tokens[unitAt].Word.Is(WordRole.VagueCount))
            {
                count = 0;
                unitAt = IsWord(unitAt + 1, "of") ? unitAt + 2 : unitAt + 1;
            }
        }
        if (unitAt >= Count || unitAt + 1 >= Count) return false;
        var unit = tokens[unitAt];
        if (!unit.Word.Is(WordRole.Unit) || unit.Word.Unit == DateUnit.Weekend || (unitAt > i && unit.Glued) || unit.StemEnd < unit.End) return false;
        var relation = tokens[unitAt + 1];
        if (!relation.Word.Is(WordRole.Relation) || relation.Glued) return false;
        var isAgo = IsWord(unitAt + 1, "ago");
        // "for two years after", "the two weeks before", "the past few years": spans of time. Before "ago"
        // only a determiner does that; "over a decade ago" and "nearly two years ago" are dates.
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && (isAgo ? tokens[i - 1].Word.Is(WordRole.Determiner) && !IsWord(i - 1, "a") : IsDurationLead(i - 1))) return false;
        next = unitAt + 2;
        candidate = new DateCandidate(token.Start, relation.StemEnd, isAgo ? DateShape.Ago : DateShape.Offset)
        {
            Unit = unit.Word.Unit,
            Count = isAgo ? count : count * relation.Word.Shift,
            Vague = count == 0,
            Shift = relation.Word.Shift,
            NamesEvent = (IsWord(unitAt + 1, "before") || IsWord(unitAt + 1, "after")) && next < Count && tokens[next].Kind != TokenKind.Symbol,
        };
        return true;
    }

    private bool IsDurationLead(int i) =>
        tokens[i].Word.Is(WordRole.Determiner | WordRole.Ordinal | WordRole.Shift | WordRole.Count)
        || IsWord(i, "for") || IsWord(i, "within") || IsWord(i, "past") || IsWord(i, "during") || IsWord(i, "all") || IsWord(i, "few") || IsWord(i, "several");

    /// <summary>"recent years", "coming weeks": relative, but with no value to give.</summary>
    private bool TryVague(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (i + 1 >= Count || !tokens[i + 1].Word.Is(WordRole.Unit) || !tokens[i + 1].Word.Plural || tokens[i + 1].Glued) return false;
        next = i + 2;
        candidate = new DateCandidate(tokens[i].Start, tokens[i + 1].StemEnd, DateShape.Vague) { Unit = tokens[i + 1].Word.Unit };
        return true;
    }

    /// <summary>"the following year", "the next day", "the same day", "the day before", "the second day of".</summary>
    private bool TryThe(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        if (i + 2 >= Count) return false;
        var second = tokens[i + 1];
        // "the next morning" is the next day.
        var unit = tokens[i + 2].Word.Is(WordRole.DayPart) ? DateUnit.Day : SingularUnit(i + 2);
        if (second.Word.Is(WordRole.Sequence) && unit != DateUnit.None)
        {
            next = i + 3;
            candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].StemEnd, DateShape.Sequence) { Unit = unit, Count = second.Word.Shift };
            return true;
        }
        if (SingularUnit(i + 1) is not DateUnit.None and var before && (IsWord(i + 2, "before") || IsWord(i + 2, "after")))
        {
            next = i + 3;
            candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].End, DateShape.Sequence)
            {
                Unit = before,
                Count = tokens[i + 2].Word.Shift,
                NamesEvent = next < Count && tokens[next].Kind != TokenKind.Symbol,
            };
            return true;
        }
        var ordinal = second.Word.Is(WordRole.Ordinal) ? second.Word.Count
            : second.Kind == TokenKind.Number && IsOrdinalSuffix(second) && second.Digits <= 2 ? second.Value : 0;
        if (ordinal > 0 && IsWord(i + 2, "day") && tokens[i + 2].StemEnd == tokens[i + 2].End && IsWord(i + 3, "of"))
        {
            // "the first day of March" is a date of its own; this is for days of an event.
            if (MonthAt(i + 4, out _, out _, out _, out _) || YearAt(i + 4) > 0) return false;
            next = i + 3;
            candidate = new DateCandidate(tokens[i].Start, tokens[i + 2].End, DateShape.NthDay) { Count = ordinal };
            return true;
        }
        return false;
    }

    /// <summary>"that same day", "in that year", "that month", "that night": the date just given. "said that year…" is not.</summary>
    private bool TryThat(int i, out DateCandidate candidate, out int next)
    {
        candidate = default;
        next = 0;
        var j = IsWord(i + 1, "same") ? i + 2 : i + 1;
        var unit = j < Count && tokens[j].Word.Is(WordRole.DayPart) ? DateUnit.Day : SingularUnit(j);
        if (unit == DateUnit.None) return false;
        // "night-time", "year-long": the unit starts a compound.
        if (IsDash(j + 1) && tokens[j + 1].Glued) return false;
        var introduced = j == i + 2 || i == 0 || AtSentenceStart(i) || IsSymbol(i - 1, ',')
            || (tokens[i - 1].Kind == TokenKind.Word && (tokens[i - 1].Word.Is(WordRole.TemporalLead) || IsWord(i - 1, "and") || IsWord(i - 1, "but")));
        if (!introduced) return false;
        next = j + 1;
        candidate = new DateCandidate(tokens[i].Start, tokens[j].StemEnd, DateShape.Sequence) { Unit = unit };
        return true;
    }

    private DateUnit SingularUnit(int i) =>
        i < Count && tokens[i].Word.Is(WordRole.Unit) && !tokens[i].Word.Plural && tokens[i].Word.Unit is not (DateUnit.Weekend or DateUnit.Decade)
            ? tokens[i].Word.Unit
            : DateUnit.None;

    // ---- Token helpers --------------------------------------------------------------------------

    /// <summary>A capitalised month name (or a short form, with its full stop), and where the date goes on after it.</summary>
    private bool MonthAt(int i, out int month, out int next, out bool abbreviated, out bool possessive)
    {
        month = 0;
        next = 0;
        abbreviated = false;
        possessive = false;
        if (i >= Count || tokens[i].Kind != TokenKind.Word || !tokens[i].Word.Is(WordRole.Month | WordRole.MonthAbbreviation) || !IsCapitalised(i)) return false;
        month = tokens[i].Word.Month;
        abbreviated = !tokens[i].Word.Is(WordRole.Month);
        possessive = tokens[i].StemEnd < tokens[i].End;
        next = i + 1;
        if (abbreviated && IsSymbol(next, '.') && tokens[next].Glued) next++;
        return true;
    }

    /// <summary>
    /// A month name with no day or year is a date after a preposition ("in November", "since May") or in a
    /// list of months. Names and verbs ("Theresa May", "April Glaspie", "Black September", "may end up")
    /// are not, so the names that double as words or first names always need that lead.
    /// </summary>
    private bool IsMonthOnItsOwn(int i)
    {
        if (i > 0 && tokens[i].Glued)
        {
            // "March–May" lists months; "pre-March" or "X-May" is something else.
            if (IsDash(i - 1) && i > 1 && tokens[i - 2].Word.Is(WordRole.Month)) return true;
            if (tokens[i - 1].Kind == TokenKind.Word || IsDash(i - 1)) return false;
        }
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word)
        {
            var before = tokens[i - 1];
            if (before.Word.Is(WordRole.TemporalLead)) return true;
            if ((IsWord(i - 1, "and") || IsWord(i - 1, "or") || IsWord(i - 1, "to")) && i > 1 && tokens[i - 2].Word.Is(WordRole.Month)) return true;
            // Even at the start of a sentence: "Black September", "Theresa May".
            if (IsCapitalised(i - 1) && !before.Word.Is(WordRole.Determiner)) return false;
        }
        return !tokens[i].Word.Is(WordRole.AmbiguousMonth);
    }

    /// <summary>A day of the month: 1 to 31, bare or with an ordinal suffix ("11th"), not part of a longer number or a time.</summary>
    private int DayAt(int i)
    {
        if (i >= Count) return 0;
        var token = tokens[i];
        if (token.Kind != TokenKind.Number || token.Digits > 2 || token.Value is < 1 or > 31) return 0;
        if (token.HasSuffix && !IsOrdinalSuffix(token)) return 0;
        return ContinuesNumber(i) ? 0 : token.Value;
    }

    /// <summary>A four-digit year from 1900 to 2099, not part of a longer number ("2011.5", "2011,000").</summary>
    private int YearAt(int i)
    {
        if (!IsNumber(i, 4)) return 0;
        var token = tokens[i];
        if (token.HasSuffix || token.Value is < 1900 or > 2099 || ContinuesNumber(i)) return 0;
        return token.Value;
    }

    /// <summary>Glued to a following separator and digits: "2.0", "2011,500", "10:30", "24/7".</summary>
    private bool ContinuesNumber(int i) =>
        i + 2 < Count && tokens[i + 1].Glued && tokens[i + 2].Glued && tokens[i + 2].Kind == TokenKind.Number
        && tokens[i + 1].Kind == TokenKind.Symbol && text[tokens[i + 1].Start] is '.' or ',' or ':' or '/';

    /// <summary>Glued to digits and a separator before it: the "2011" of "2,011", "555-2011", "03/04/2016", "1.2011".</summary>
    private bool ContinuedFrom(int i) =>
        i >= 2 && tokens[i].Glued && tokens[i - 1].Glued && tokens[i - 2].Kind == TokenKind.Number
        && tokens[i - 1].Kind == TokenKind.Symbol && text[tokens[i - 1].Start] is '.' or ',' or ':' or '/' or '-' or '–';

    /// <summary>Moves past a weekday written after a full date ("2016 March 19, Saturday").</summary>
    private int WithWeekdayAfter(int next)
    {
        var k = IsSymbol(next, ',') ? next + 1 : next;
        if (k < Count && tokens[k].Word.Is(WordRole.Weekday | WordRole.WeekdayAbbreviation) && IsCapitalised(k) && tokens[k].StemEnd == tokens[k].End)
        {
            k++;
            if (tokens[k - 1].Word.Is(WordRole.WeekdayAbbreviation) && IsSymbol(k, '.') && tokens[k].Glued) k++;
            return k;
        }
        return next;
    }

    /// <summary>The end of a token as part of a date: a possessive "’s" is left out.</summary>
    private int EndOf(int i) => tokens[i].Kind == TokenKind.Word ? tokens[i].StemEnd : tokens[i].End;

    /// <summary>A "will", "shall", "’ll" or "scheduled" earlier in the clause: the date lies ahead.</summary>
    private bool HasFutureCue(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 10; k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Symbol && text[token.Start] is '.' or '!' or '?' or ';') return false;
            if (token.Kind != TokenKind.Word) continue;
            if (token.Word.Is(WordRole.Future)) return true;
            var length = token.End - token.Start;
            if (length > 3 && DateTokenizer.IsApostrophe(text[token.End - 3]) && text[token.End - 2] is 'l' && text[token.End - 1] is 'l') return true;
        }
        return false;
    }

    /// <summary>The first word of a sentence (after any opening quote or bracket).</summary>
    private bool AtSentenceStart(int i)
    {
        var k = i - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«') k--;
        return k < 0 || (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] is '.' or '!' or '?' or '…' or ':');
    }

    private bool IsCapitalised(int i) => char.IsUpper(text[tokens[i].Start]);

    private bool IsNumber(int i, int digits) => i < Count && tokens[i].Kind == TokenKind.Number && tokens[i].Digits == digits;

    private bool IsSymbol(int i, char c) => i >= 0 && i < Count && tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] == c;

    private bool IsDash(int i) => i >= 0 && i < Count && tokens[i].Kind == TokenKind.Symbol && text[tokens[i].Start] is '-' or '–' or '—' or '‐';

    private bool IsWord(int i, string word) =>
        i >= 0 && i < Count && tokens[i].Kind == TokenKind.Word
        && text.AsSpan(tokens[i].Start, tokens[i].StemEnd - tokens[i].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsOrdinalSuffix(DateToken token)
    {
        if (token.End - token.SuffixStart != 2) return false;
        var suffix = text.AsSpan(token.SuffixStart, 2);
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsDecadeSuffix(DateToken token)
    {
        var suffix = text.AsSpan(token.SuffixStart, token.End - token.SuffixStart);
        return suffix is "s" || (suffix.Length == 2 && DateTokenizer.IsApostrophe(suffix[0]) && suffix[1] == 's');
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

/// <summary>Patterns the scanner needs that a ref struct cannot hold.</summary>
internal static partial class DateNamePatterns
{
    /// <summary>The rest of a group's name after a day: "Martyrs Brigade", " Revolution Coalition".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:Martyrs|Brigades?|Battalions?|Revolution|Movement|Coalition|Front|Youth)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    public static partial System.Text.RegularExpressions.Regex GroupNamedAfter();
}
