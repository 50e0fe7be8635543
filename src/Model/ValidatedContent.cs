namespace Wsis.Model;

/// <summary>The content as read and checked, before it is sorted and indexed into a publication.</summary>
public sealed record ValidatedContent(
    SiteSettings Site,
    IReadOnlyList<SourceDocument> Sources,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<StakeholderGroup> Stakeholders,
    IReadOnlyList<ActionLine> ActionLines,
    IReadOnlyList<Page> Pages);
