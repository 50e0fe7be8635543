using Wsis.Diagnostics;
using Wsis.Model;

namespace Wsis.Editions;

/// <summary>The model of one state of the content (a git ref or the working tree), or its diagnostics when it does not build.</summary>
public sealed record ContentSnapshot(Publication? Publication, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Texts)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
