namespace Wsis.Load;

/// <summary>Reads the templates folder: Scriban templates by relative name, and static assets as bytes.</summary>
public static class TemplateDirectory
{
    public const string AssetsFolder = "assets/";

    public static TemplateFiles Read(string templatesRoot)
    {
        var root = Path.GetFullPath(templatesRoot);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(root, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return new TemplateFiles(
            files.Where(f => !f.Name.StartsWith(AssetsFolder, StringComparison.Ordinal)).ToDictionary(f => f.Name, f => File.ReadAllText(f.Path), StringComparer.Ordinal),
            files.Where(f => f.Name.StartsWith(AssetsFolder, StringComparison.Ordinal)).ToDictionary(f => f.Name[AssetsFolder.Length..], f => File.ReadAllBytes(f.Path), StringComparer.Ordinal));
    }
}

public sealed record TemplateFiles(IReadOnlyDictionary<string, string> Templates, IReadOnlyDictionary<string, byte[]> Assets);
