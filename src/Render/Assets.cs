using System.Security.Cryptography;

namespace Wsis.Render;

/// <summary>Static files from templates/assets, renamed with a content hash so they can be cached forever.</summary>
public sealed class Assets
{
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    public Assets(IReadOnlyDictionary<string, byte[]> files)
    {
        Files = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(f.Value))[..10];
            var extension = Path.GetExtension(f.Key);
            var path = $"assets/{f.Key[..^extension.Length]}.{hash}{extension}";
            _urls[f.Key] = "/" + path;
            return new OutputFile(path, f.Value);
        }).ToList();
    }

    public IReadOnlyList<OutputFile> Files { get; }

    public string Url(string name) => _urls.TryGetValue(name, out var url) ? url : $"/assets/{name}";
}
