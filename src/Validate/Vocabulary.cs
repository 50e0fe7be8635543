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

    public static Vocabulary From(IReadOnlyList<Goal> goals, IReadOnlyList<StakeholderGroup> stakeholders, IReadOnlyList<SourceDocument> sources, IEnumerable<string> pageSlugs) =>
        new(goals.GroupBy(g => g.Number).ToDictionary(g => g.Key, g => g.First()),
            stakeholders.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal),
            sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
            pageSlugs.ToHashSet(StringComparer.Ordinal));
}
