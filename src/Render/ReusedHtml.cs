using System.Text;

namespace Wsis.Render;

/// <summary>
/// A partial's output kept for reuse (<see cref="ReusedInclude"/>), as UTF-8: a build keeps every item's fragments until
/// its last page, and as strings, two bytes a character, they took 42 MB at 4,000 items. A page's output decodes it
/// in place (<see cref="PageOutput.WriteUtf8"/>).
/// </summary>
public sealed class ReusedHtml(byte[] utf8)
{
    public ReadOnlySpan<byte> Utf8 => utf8;

    public override string ToString() => Encoding.UTF8.GetString(utf8);
}
