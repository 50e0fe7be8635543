using Wsis.Model;

namespace Wsis.Validate;

/// <summary>The valid goals, targets, stakeholder slugs, sources and pages that items may refer to.</summary>
public sealed record Vocabulary(
    IReadOnlyDictionary<int, Goal> Goals,
    IReadOnlySet<string> Stakeholders,
    IReadOnlySet<string> Sources,
    IReadOnlySet<string> Pages)
{
    /// <summary>False when sdgs.yml, stakeholders.yml or sources.yml has errors: references to it are then not checked,
    /// since every one would fail for the same reason, already reported in that file.</summary>
    public bool GoalsComplete { get; init; } = true;
    public bool StakeholdersComplete { get; init; } = true;
    public bool SourcesComplete { get; init; } = true;

    /// <summary>The same values: record equality would compare the collections by reference, and each build makes new ones.</summary>
    public bool SameAs(Vocabulary other) =>
        ReferenceEquals(this, other)
        || (GoalsComplete == other.GoalsComplete && StakeholdersComplete == other.StakeholdersComplete && SourcesComplete == other.SourcesComplete
            && Stakeholders.SetEquals(other.Stakeholders) && Sources.SetEquals(other.Sources) && Pages.SetEquals(other.Pages)
            && Goals.Count == other.Goals.Count
            && Goals.All(g => other.Goals.TryGetValue(g.Key, out var goal) && SameGoal(g.Value, goal)));

    private static bool SameGoal(Goal a, Goal b) => a with { Targets = b.Targets } == b && a.Targets.SequenceEqual(b.Targets, StringComparer.Ordinal);

    public static Vocabulary From(IReadOnlyList<Goal> goals, IReadOnlyList<StakeholderGroup> stakeholders, IReadOnlyList<SourceDocument> sources, IEnumerable<string> pageSlugs) =>
        new(goals.GroupBy(g => g.Number).ToDictionary(g => g.Key, g => g.First()),
            stakeholders.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal),
            sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
            pageSlugs.ToHashSet(StringComparer.Ordinal));
}
