using System.Text;
using Scriban.Runtime;

namespace Wsis.Render;

/// <summary>
/// Where a page's template writes. Scriban clears a StringBuilderOutput after rendering, which for a large page
/// allocates a fresh buffer as big as the page only to drop it; this output is simply read once and let go.
/// </summary>
public sealed class PageOutput : IScriptOutput
{
    private readonly StringBuilder _text = new(16 * 1024);

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
