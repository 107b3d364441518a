namespace BenghaziLink.Extraction.Entities;

/// <summary>An entity as name search sees it: its names and how much the corpus says about it.</summary>
public sealed record NameSearchCandidate(int Id, string Canonical, IReadOnlyList<string> Names, int Mentions);

/// <summary>A ranked match: the entity, the name that matched, how, and the score (higher is better).</summary>
public sealed record NameSearchMatch(NameSearchCandidate Candidate, string MatchedName, string How, double Score);

/// <summary>
/// Finds entities by name the way an investigator types them: regardless of case, diacritics and hyphens,
/// by prefix, and despite typos and transliteration variants ("Belmoktar", "Gadafi", "Qaddafi",
/// "al-Mourabitoun", "Al Qaida"). Each name is compared as typed, word by word, and by a consonant
/// skeleton that folds the spellings transliteration produces (q/k/g, dh/d, ou/u, doubled letters).
/// Pure: the host supplies the candidates.
/// </summary>
public static class NameSearch
{
    public static IReadOnlyList<NameSearchMatch> Rank(string query, IEnumerable<NameSearchCandidate> candidates, int limit = 10)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0) return [];
        var skeleton = Skeleton(key);
        var matches = new List<NameSearchMatch>();
        foreach (var candidate in candidates)
        {
            NameSearchMatch? best = null;
            foreach (var name in candidate.Names.Prepend(candidate.Canonical))
            {
                var (score, how) = Score(key, skeleton, name);
                if (score > 0 && (best is null || score > best.Score)) best = new NameSearchMatch(candidate, name, how, score);
            }
            // Among equally good matches, the entity the corpus says most about comes first.
            if (best is not null) matches.Add(best with { Score = best.Score + Math.Log10(1 + candidate.Mentions) });
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Candidate.Canonical, StringComparer.Ordinal).Take(limit)];
    }

    private static (double Score, string How) Score(string query, string querySkeleton, string name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0) return (0, "");
        if (key == query) return (100, "exact");
        var allowed = query.Length >= 8 ? 2 : query.Length >= 4 ? 1 : 0;
        // The whole name misspelt by a letter or two ("Belmoktar", "Al Qaida") beats the start of a longer one.
        if (allowed > 0 && NameKey.Distance(query, key, allowed) is var whole && whole <= allowed) return (90 - 10 * whole, "close spelling");
        // A prefix counts for more the more of the name it covers ("Belmok" for "Belmokhtar").
        if (query.Length >= 2 && key.StartsWith(query, StringComparison.Ordinal)) return (60 + 30.0 * query.Length / key.Length, "prefix");
        var words = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => NameKey.Of(w)).Where(w => w.Length > 0).ToList();
        if (query.Length >= 2 && words.Any(w => w == query)) return (75, "word");
        if (query.Length >= 3 && words.Any(w => w.StartsWith(query, StringComparison.Ordinal))) return (70, "word prefix");
        // "Islamic Maghreb" inside "Al-Qaeda in the Islamic Maghreb".
        if (query.Length >= 5 && key.Contains(query, StringComparison.Ordinal)) return (65, "part of the name");
        if (allowed > 0 && words.Count > 1 && words.Min(w => NameKey.Distance(query, w, allowed)) is var inWord && inWord <= allowed)
        {
            return (60 - 10 * inWord, "close spelling");
        }
        if (querySkeleton.Length >= 3)
        {
            var skeletons = words.Select(Skeleton).Prepend(Skeleton(key)).ToList();
            if (skeletons.Contains(querySkeleton)) return (55, "transliteration");
            if (querySkeleton.Length >= 4 && skeletons.Any(s => NameKey.Distance(querySkeleton, s, 1) <= 1)) return (45, "transliteration");
        }
        return (0, "");
    }

    /// <summary>
    /// A key's consonant skeleton with the spellings transliteration varies folded together: "gaddafi",
    /// "qaddafi", "kadhafi" → "kdf"; "belmokhtar", "belmoktar" → "blmktr"; "mourabitoun", "murabitoon" → "mrbtn".
    /// </summary>
    public static string Skeleton(string key)
    {
        var skeleton = new System.Text.StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i] switch
            {
                'q' or 'g' or 'c' => 'k',
                'z' => 's',
                'v' => 'f',
                'p' when i + 1 < key.Length && key[i + 1] == 'h' => 'f',
                var other => key[i],
            };
            // Vowels (and y, w) say little across transliterations; an h after a consonant marks a sound
            // one system writes and another does not ("kh"/"k", "dh"/"d").
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w') continue;
            if (c == 'h' && i > 0 && !IsVowel(key[i - 1])) continue;
            if (skeleton.Length > 0 && skeleton[^1] == c) continue;
            skeleton.Append(c);
        }
        return skeleton.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
