using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Reads the templates folder: Scriban templates by relative name, and static assets as bytes.</summary>
public static class TemplateDirectory
{
    public const string Folder = "templates/";
    public const string AssetsFolder = "assets/";

    /// <param name="files">File bytes kept across builds (serve); none by default.</param>
    /// <param name="texts">Templates decoded before, by their bytes.</param>
    public static TemplateFiles Read(string templatesRoot, FileCache? files = null, DecodeCache? texts = null)
    {
        files ??= new FileCache(remember: false);
        texts ??= new DecodeCache(remember: false);
        var templates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var entry in FolderWalk.Files(templatesRoot, Folder))
        {
            if (entry.Problem is { } problem) { problems.Add(problem); continue; }
            try
            {
                var bytes = files.Read(entry.FullPath, ContentDirectory.ReadBounded);
                if (bytes.Length > TextDecoder.MaxBytes)
                    problems.Add(new Diagnostic(DiagnosticCodes.FileTooLarge, Severity.Error, SourceLocation.File(Folder + entry.Path),
                        $"The file is larger than {TextDecoder.MaxBytes / 1024 / 1024} MB.", "No template or asset needs to be this large: split or compress it."));
                else if (entry.Path.StartsWith(AssetsFolder, StringComparison.Ordinal))
                    assets[entry.Path[AssetsFolder.Length..]] = bytes;
                else
                    templates[entry.Path] = texts.Template(bytes, Decode);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(FolderWalk.Unreadable(Folder + entry.Path, e));
            }
        }
        return new TemplateFiles(templates, assets) { Problems = problems };
    }

    private static string Decode(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? bytes.AsSpan(3) : bytes);
}

/// <summary>The templates folder as read; Problems are the files that could not be read (links, permissions), reported by the build.</summary>
public sealed record TemplateFiles(IReadOnlyDictionary<string, string> Templates, IReadOnlyDictionary<string, byte[]> Assets)
{
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
}
