using System.Text;
using Wsis.Tests.Support;

namespace Wsis.Tests.Hostile;

/// <summary>
/// Mutates the real content at random (fixed seeds, a bounded number of runs) and builds it: the generator must
/// never throw; every run ends in a site or in reported errors with a position in a real file.
/// </summary>
public class ContentFuzzTests
{
    private const int Runs = 48;
    internal const int BaseSeed = 20_251_123;

    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "\"", "'", "[", "]", "{", "}", "&anchor ", "*anchor", "|", ">", "#", "\t", "---", "\n", "  ", "!!binary ", "%YAML 1.1\n",
        "? ", "<script>alert(1)</script>", "](javascript:alert(1))", "**", "[^1]", "\n| a | b |\n|:-|-:|\n", "\\", "\0", "\uFEFF", "\u202E", "😀",
        "9.x", "{{ x }}", "~", "null", "yes", "0x1F", "1e999", new string('>', 300) + " deep", new string('[', 300), "&#x6A;avascript:", "\r\n", "\r",
    ];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, Runs));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_mutations_of_the_real_content_end_in_a_site_or_in_reported_errors(int run)
    {
        var random = new Random(BaseSeed + run);
        var content = ContentSet.Real;
        var mutations = new List<string>();
        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            var (changed, description) = Mutate(content, random);
            content = changed;
            mutations.Add(description);
        }

        var result = content.Build();

        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError), $"Neither a site nor an error after: {string.Join("; ", mutations)}");
        Assert.All(result.Diagnostics, d =>
        {
            Assert.True(content.Files.ContainsKey(d.Location.Path) || d.Location.Path.StartsWith("templates/", StringComparison.Ordinal) || !content.Files.Keys.Any(),
                $"{d} names no file of the content ({string.Join("; ", mutations)})");
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"{d}: no position");
        });
    }

    internal static (ContentSet Content, string Description) Mutate(ContentSet content, Random random)
    {
        var paths = content.Files.Keys.Where(p => !p.StartsWith("sources/", StringComparison.Ordinal) || random.Next(10) == 0).Order(StringComparer.Ordinal).ToList();
        var path = paths[random.Next(paths.Count)];
        var bytes = content.Files[path];
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(10))
        {
            case 0:
                lines.RemoveAt(line);
                return (content.With(path, string.Join('\n', lines)), $"{path}: delete line {line + 1}");
            case 1:
                lines.Insert(line, lines[line]);
                return (content.With(path, string.Join('\n', lines)), $"{path}: duplicate line {line + 1}");
            case 2 when line + 1 < lines.Count:
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                return (content.With(path, string.Join('\n', lines)), $"{path}: swap lines {line + 1} and {line + 2}");
            case 3:
                var spaces = random.Next(-2, 3);
                lines[line] = spaces >= 0 ? new string(' ', spaces) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length + spaces));
                return (content.With(path, string.Join('\n', lines)), $"{path}: indent line {line + 1} by {spaces}");
            case 4:
                var at = random.Next(text.Length + 1);
                return (content.With(path, text.Insert(at, Tokens[random.Next(Tokens.Length)])), $"{path}: insert a token at {at}");
            case 5:
                return (content.With(path, bytes[..random.Next(bytes.Length + 1)]), $"{path}: truncate");
            case 6 when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                var index = random.Next(flipped.Length);
                flipped[index] ^= (byte)(1 << random.Next(8));
                return (content.With(path, flipped), $"{path}: flip a bit of byte {index}");
            case 7:
                var target = lines[line];
                var colon = target.IndexOf(": ", StringComparison.Ordinal);
                lines[line] = colon < 0 ? target : target[..(colon + 2)] + Tokens[random.Next(Tokens.Length)];
                return (content.With(path, string.Join('\n', lines)), $"{path}: replace the value on line {line + 1}");
            case 8:
                var other = paths[random.Next(paths.Count)];
                return (content.With(path, content.Files[other]), $"{path}: replaced by the text of {other}");
            default:
                var noise = new byte[random.Next(64)];
                random.NextBytes(noise);
                return (content.With(path, [.. bytes, .. noise]), $"{path}: append {noise.Length} random bytes");
        }
    }
}
