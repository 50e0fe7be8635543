using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Validate;

namespace Wsis.Editions;

/// <summary>The model of one state of the content (a git ref or the working tree), or its diagnostics when it does not build.</summary>
public sealed record ContentSnapshot(Publication? Publication, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Texts)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The model of some content files, made by the build's own stages (<see cref="ContentModel"/>).</summary>
    public static ContentSnapshot Of(IReadOnlyList<RawFile> files)
    {
        var diagnostics = new DiagnosticBag();
        var (publication, sources) = ContentModel.Build(files, diagnostics);
        return new ContentSnapshot(publication, diagnostics.Sorted(), sources.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal));
    }
}
