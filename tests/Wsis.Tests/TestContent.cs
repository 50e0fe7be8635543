using System.Text;
using Wsis.Build;
using Wsis.Load;

namespace Wsis.Tests;

/// <summary>The real content and templates, read once, with helpers to build variants of them in memory.</summary>
public static class TestContent
{
    private static readonly Lazy<IReadOnlyList<RawFile>> RealFiles = new(() => ContentDirectory.Read(Repo.Content));
    private static readonly Lazy<TemplateFiles> RealTemplates = new(() => TemplateDirectory.Read(Repo.Templates));
    private static readonly Lazy<BuildResult> RealBuild = new(() => Build(RealFiles.Value));

    public static IReadOnlyList<RawFile> Files => RealFiles.Value;
    public static TemplateFiles Templates => RealTemplates.Value;

    /// <summary>The real content built once for all tests that only read the result.</summary>
    public static BuildResult Real => RealBuild.Value;

    public static BuildResult Build(IReadOnlyList<RawFile> files) => SiteBuilder.Build(new BuildInputs { Files = files, Templates = Templates, BaseUrl = "https://example.org" });

    public static string Text(string path) => Encoding.UTF8.GetString(Files.Single(f => f.Path == path).Bytes);

    /// <summary>The real content with some files replaced, added (text) or removed (null).</summary>
    public static IReadOnlyList<RawFile> With(params (string Path, string? Text)[] changes)
    {
        var files = Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        foreach (var (path, text) in changes)
        {
            if (text is null) files.Remove(path);
            else files[path] = Encoding.UTF8.GetBytes(text);
        }
        return files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new RawFile(f.Key, f.Value)).ToList();
    }

    /// <summary>The real content with one text replacement in one file; fails if the text is not there, so a test cannot silently test nothing.</summary>
    public static IReadOnlyList<RawFile> Replace(string path, string oldText, string newText)
    {
        var text = Text(path);
        Assert.Contains(oldText, text);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        return With((path, text[..index] + newText + text[(index + oldText.Length)..]));
    }

    /// <summary>The 1-based line of the first occurrence of a text in a content file.</summary>
    public static int LineOf(string path, string text)
    {
        var content = Text(path);
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not found in {path}");
        return content[..index].Count(c => c == '\n') + 1;
    }
}
