namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>
    /// A topic a statement can found (anchor|anchor|predicate), with what only the corpus decides: whether the anchors are
    /// too common (<see cref="CommonShare"/>), whether its count already sits in a figure group, whether an anchor is an
    /// actor (the names behind anchors grow with the corpus).
    /// </summary>
    /// <param name="Key">anchor|anchor|predicate, the topic's name.</param>
    /// <param name="X">The first anchor (ordinal order).</param>
    /// <param name="Y">The second anchor, or the first again for a topic on one name.</param>
    /// <param name="Attribute">What one actor is (<see cref="Attributes"/>): founded on one name however common.</param>
    /// <param name="EventKind">A count's predicate (<see cref="EventKinds"/>): dropped when the count sits in a figure group.</param>
    /// <param name="Actor">An anchor that must be a person or group for the topic to exist; null: none.</param>
    internal readonly record struct TopicCandidate(string Key, string X, string Y, bool Attribute, bool EventKind, string? Actor);

    /// <summary>
    /// What the topic groups need of each statement that does not change as the corpus grows: its topic candidates, the
    /// anchors it adds to the corpus's counts and the names it gives them. Filled statement by statement in corpus order,
    /// so a growing corpus (<see cref="Cache"/>) reads only its new statements; before, every added article read every
    /// statement's anchors and predicates again (four tenths of the time of an add at 1,000 articles).
    /// </summary>
    internal sealed class TopicIndex
    {
        internal List<TopicCandidate[]> Candidates { get; } = [];

        /// <summary>How many statements name each anchor.</summary>
        internal Dictionary<string, int> Frequency { get; } = new(StringComparer.Ordinal);

        /// <summary>Entity keys to the name the first statement naming them gives (countries come after, in <see cref="DisplayNames"/>).</summary>
        internal Dictionary<string, string> EntityNames { get; } = new(StringComparer.Ordinal);

        internal void Extend(List<Reading> readings)
        {
            for (var i = Candidates.Count; i < readings.Count; i++)
            {
                var topic = readings[i].Topic;
                foreach (var anchor in topic.Anchors) Frequency[anchor] = Frequency.GetValueOrDefault(anchor) + 1;
                foreach (var entity in readings[i].Item.Claim.Entities) EntityNames.TryAdd(Entities.NameKey.Of(entity), entity);
                Candidates.Add(CandidatesOf(topic));
            }
        }

        internal void Clear()
        {
            Candidates.Clear();
            Frequency.Clear();
            EntityNames.Clear();
        }
    }

    /// <summary>Every topic a statement can found, in the order <see cref="StatementGroups"/> files them.</summary>
    private static TopicCandidate[] CandidatesOf(Topic topic)
    {
        var found = new List<TopicCandidate>();
        var anchors = topic.Anchors.Order(StringComparer.Ordinal).ToList();
        for (var x = 0; x < anchors.Count; x++)
        {
            for (var y = x; y < anchors.Count; y++)
            {
                // "X, a leader of Y, travelled to Z" says X leads Y, not that it is about Y's leadership in general.
                var predicates = x == y ? topic.Predicates.Concat(topic.Described.Intersect(Attributes)) : topic.Predicates.Concat(topic.Described);
                // "planned", "led", "was involved in" an attack: an actor's part in it, however the article words it.
                string? roleActor = null;
                if (x != y && IsEvent(anchors[x]) != IsEvent(anchors[y]) && predicates.Any(RoleClasses.Contains))
                {
                    roleActor = IsEvent(anchors[x]) ? anchors[y] : anchors[x];
                    predicates = predicates.Append(Role);
                }
                foreach (var predicate in predicates.Distinct(StringComparer.Ordinal))
                {
                    // An actor's part in an attack may be told across clauses ("the crisis, when gunmen associated with X
                    // took hostages"); anything else is said of the names of its own clause.
                    if (predicate != Role && !topic.SaysOf(anchors[x], anchors[y], predicate)) continue;
                    var attribute = Attributes.Contains(predicate);
                    // What one actor is needs no second name, however often the corpus names that actor.
                    var actor = predicate == Role ? roleActor : x == y && attribute ? anchors[x] : null;
                    found.Add(new($"{anchors[x]}|{anchors[y]}|{predicate}", anchors[x], anchors[y], attribute, EventKinds.Contains(predicate), actor));
                }
            }
        }
        return [.. found];
    }

    private static bool IsEvent(string anchor) => anchor.StartsWith("event:", StringComparison.Ordinal);
}
