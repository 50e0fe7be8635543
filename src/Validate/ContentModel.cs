using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>
/// load → validate → model for any set of content files: the build's own content, a past edition's (editions), either
/// side of `changes`. The one place a model is made, so a past edition is read exactly as today's content is.
/// </summary>
public static class ContentModel
{
    /// <param name="contentDate">The date of the content's last change in git, used when site.yml gives no content_date.</param>
    /// <returns>The publication, or null when the files have errors (reported to <paramref name="diagnostics"/>); and the decoded files.</returns>
    public static (Publication? Publication, IReadOnlyDictionary<string, SourceFile> Sources) Build(IReadOnlyList<RawFile> files, DiagnosticBag diagnostics,
        StageTimings? timings = null, YamlCache? yaml = null, string? contentDate = null, DecodeCache? texts = null, ActionLineCache? lines = null)
    {
        timings ??= new StageTimings();
        var (validated, sources) = LoadAndValidate(files, diagnostics, timings, yaml, texts, lines);
        if (diagnostics.HasErrors) return (null, sources);
        if (validated.Site.ContentDate is null && contentDate is not null)
            validated = validated with { Site = validated.Site with { ContentDate = contentDate } };
        return (timings.Time("model", () => PublicationBuilder.Build(validated)), sources);
    }

    // The raw bytes and YAML trees are not kept past validation.
    private static (ValidatedContent Content, IReadOnlyDictionary<string, SourceFile> Sources) LoadAndValidate(IReadOnlyList<RawFile> files, DiagnosticBag diagnostics,
        StageTimings timings, YamlCache? yaml, DecodeCache? texts, ActionLineCache? lines)
    {
        var loaded = timings.Time("load", () => ContentParser.Parse(files, diagnostics, yaml, texts));
        var validated = timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics, lines));
        return (validated, loaded.Files);
    }
}
