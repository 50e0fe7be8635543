using System.Text;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Write;

namespace Wsis.Serve;

/// <summary>
/// What the preview serves at one moment: the files of the last good build, and the errors of the latest
/// build if it failed. Immutable: a rebuild makes a new one and swaps it in whole.
/// </summary>
public sealed record LiveSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public required IReadOnlyDictionary<string, ServedFile> Files { get; init; }
    /// <summary>Counts the good builds: the reload script reloads a page built at an older one.</summary>
    public required int Version { get; init; }
    /// <summary>Errors of the latest build; empty when it succeeded.</summary>
    public required IReadOnlyList<Diagnostic> Errors { get; init; }

    /// <summary>Before the first good build: no files, only the errors.</summary>
    public static LiveSite Empty(IReadOnlyList<Diagnostic> errors) => new() { Files = new Dictionary<string, ServedFile>(), Version = 0, Errors = errors };

    /// <summary>The files of a new good build, reusing the bytes of pages whose HTML has not changed.</summary>
    public LiveSite Next(RenderedSite site, out int changed)
    {
        var files = new Dictionary<string, ServedFile>(site.Count, StringComparer.Ordinal);
        var previous = Files;
        var count = 0;
        foreach (var page in site.Pages)
        {
            if (previous.TryGetValue(page.Path, out var old) && ReferenceEquals(old.Html, page.Html))
            {
                files[page.Path] = old;
                continue;
            }
            var bytes = Utf8.GetBytes(page.Html);
            if (old is not null && old.Bytes.AsSpan().SequenceEqual(bytes)) bytes = old.Bytes;
            else count++;
            files[page.Path] = new ServedFile(bytes, MediaTypes.Of(page.Path), page.Html);
        }
        foreach (var file in site.Files)
        {
            if (!previous.TryGetValue(file.Path, out var old) || !old.Bytes.AsSpan().SequenceEqual(file.Content)) count++;
            files[file.Path] = new ServedFile(file.Content, MediaTypes.Of(file.Path));
        }
        count += previous.Keys.Count(path => !files.ContainsKey(path));
        changed = count;
        // Open pages reload only when something they may show has changed.
        return new LiveSite { Files = count == 0 ? Files : files, Version = count == 0 && Version > 0 ? Version : Version + 1, Errors = [] };
    }
}
