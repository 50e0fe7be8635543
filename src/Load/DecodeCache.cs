using System.Runtime.CompilerServices;
using Wsis.Caching;
using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>
/// Decoded files by their bytes, kept across the rebuilds of `serve`: <see cref="FileCache"/> hands back the same array
/// for a file that did not change, so only the files edited are decoded again (every file decoded again was 0.6 MB of
/// text and a twentieth of a rebuild's CPU; docs/speed.md, sixth pass). What decoding reported is reported again on every reuse.
/// </summary>
public sealed class DecodeCache(bool remember = true)
{
    private readonly Memo<RawFile, (SourceFile? File, IReadOnlyList<Diagnostic> Diagnostics)> _content = new(SameBytes.Instance, remember);
    private readonly Memo<byte[], string> _templates = new(ReferenceEqualityComparer.Instance, remember);

    /// <summary><see cref="TextDecoder.Decode"/>, or its result for the same path and bytes before.</summary>
    public SourceFile? Decode(RawFile raw, DiagnosticBag diagnostics)
    {
        if (!_content.Remembers || raw.Problem is not null) return TextDecoder.Decode(raw, diagnostics);
        var (file, reported) = _content.GetOrAdd(raw, key =>
        {
            var own = new DiagnosticBag();
            return (TextDecoder.Decode(key, own), own.Sorted());
        });
        foreach (var diagnostic in reported) diagnostics.Add(diagnostic);
        return file;
    }

    /// <summary>A template's text from its bytes, or the text decoded from the same bytes before.</summary>
    public string Template(byte[] bytes, Func<byte[], string> decode) => _templates.GetOrAdd(bytes, decode);

    public void Sweep()
    {
        _content.Sweep();
        _templates.Sweep();
    }

    // The path by value, the bytes by reference: an array the file cache hands out is never written to.
    private sealed class SameBytes : IEqualityComparer<RawFile>
    {
        public static readonly SameBytes Instance = new();

        public bool Equals(RawFile? a, RawFile? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && a.Path == b.Path && ReferenceEquals(a.Bytes, b.Bytes));

        public int GetHashCode(RawFile raw) => HashCode.Combine(raw.Path, RuntimeHelpers.GetHashCode(raw.Bytes));
    }
}
