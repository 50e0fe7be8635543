using System.Text;
using Wsis.Build;
using Wsis.Load;
using Wsis.Sample;

namespace Wsis.Tests.Support;

/// <summary>A content folder held in memory: a known-good set that a test changes in one place and builds.</summary>
public sealed record ContentSet(IReadOnlyDictionary<string, byte[]> Files)
{
    public static string MinimalFolder => Path.Combine(Repo.Root, "tests", "Wsis.Tests", "Fixtures", "minimal");

    private static readonly Lazy<ContentSet> MinimalSet = new(() => FromFiles(ContentDirectory.Read(MinimalFolder)));
    private static readonly Lazy<ContentSet> RealSet = new(() => FromFiles(ContentDirectory.Read(Repo.Content)));
    private static readonly Lazy<TemplateFiles> RealTemplates = new(() => TemplateDirectory.Read(Repo.Templates));

    /// <summary>Two action lines, a priority file, a roadmap, a context file, a page: every file kind, a few lines each.</summary>
    public static ContentSet Minimal => MinimalSet.Value;

    /// <summary>The real content as read from content/, for the content's own tests and variants of it.</summary>
    public static ContentSet Real => RealSet.Value;

    public static TemplateFiles Templates => RealTemplates.Value;

    /// <summary>A synthetic publication of so many items, as the sample command writes it: for engine tests that need size.</summary>
    public static ContentSet Sample(int items) =>
        new(ContentFormat.Files(SampleGenerator.Generate(items)).ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal));

    public static ContentSet FromFiles(IEnumerable<RawFile> files) =>
        new(files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal));

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public ContentSet With(string path, string text) => With(path, Encoding.UTF8.GetBytes(text));

    public ContentSet With(string path, byte[] bytes) =>
        new(new Dictionary<string, byte[]>(Files, StringComparer.Ordinal) { [path] = bytes });

    public ContentSet Without(string path)
    {
        var files = new Dictionary<string, byte[]>(Files, StringComparer.Ordinal);
        if (!files.Remove(path)) throw new ArgumentException($"No file {path} in the set");
        return new(files);
    }

    /// <summary>Replaces text that must occur exactly once, so a case cannot silently stop testing anything.</summary>
    public ContentSet Replace(string path, string old, string replacement)
    {
        var text = Text(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{old}' must occur exactly once in {path}");
        return With(path, text[..at] + replacement + text[(at + old.Length)..]);
    }

    public IReadOnlyList<RawFile> ToRawFiles() =>
        Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new RawFile(f.Key, f.Value)).ToList();

    public BuildResult Build(string? baseUrl = null) => TestBuild.InMemory(ToRawFiles(), Templates, baseUrl);

    /// <summary>The 1-based line of the first occurrence of a text in a file; fails if it is not there.</summary>
    public int LineOf(string path, string text)
    {
        var content = Text(path);
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not found in {path}");
        return content[..index].Count(c => c == '\n') + 1;
    }

    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in Files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
