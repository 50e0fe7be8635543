namespace Wsis.Editions;

/// <summary>One side of a comparison: a ref and the commit it names, or the working tree (Commit null).</summary>
public sealed record ChangeSide(string Name, string? Commit, ContentSnapshot Snapshot);
