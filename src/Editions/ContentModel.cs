using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Validate;

namespace Wsis.Editions;

/// <summary>
/// The one place editions and `changes` make a model of some content: the build's own load → validate → model stages,
/// so a past edition is read exactly as today's content is.
/// </summary>
public static class ContentModel
{
    public static ContentSnapshot Build(IReadOnlyList<RawFile> files)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ContentParser.Parse(files, diagnostics);
        var validated = ContentValidator.Validate(loaded, diagnostics);
        var publication = diagnostics.HasErrors ? null : PublicationBuilder.Build(validated);
        return new ContentSnapshot(publication, diagnostics.Sorted(), loaded.Files.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal));
    }
}
