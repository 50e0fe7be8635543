using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Wsis.Validate;

/// <summary>
/// Bare URLs (https://…, www.…, mailto:…) as links, as Markdig's AutoLinkExtension makes them, in linear time. Before each
/// URL Markdig's parser walks back over every earlier inline of the paragraph looking for an open raw-HTML &lt;a&gt;, so
/// 40,000 URLs in one paragraph took 40,000²/2 steps (41 s). The content has no raw HTML: the render pipeline turns it
/// off, and the check reports any as an error (WSIS208) whatever becomes of a URL after it. So this parser leaves that
/// walk out and does the rest as Markdig does: the same URLs become the same links.
/// </summary>
public sealed class LinearAutoLinks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<Parser>()) pipeline.InlineParsers.Insert(0, new Parser(new AutoLinkOptions()));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class Parser : InlineParser
    {
        private readonly AutoLinkOptions _options;

        public Parser(AutoLinkOptions options)
        {
            _options = options;
            OpeningCharacters = ['h', 'f', 'm', 't', 'w'];
        }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            // The previous character must be a space or one of the allowed punctuation.
            var previous = slice.PeekCharExtra(-1);
            if (!previous.IsWhiteSpaceOrZero() && !_options.ValidPreviousCharacters.Contains(previous)) return false;
            var span = slice.AsSpan();
            var mayBeValid = span.Length >= 4 && span[0] switch
            {
                'h' => span.StartsWith("https://", StringComparison.Ordinal) || span.StartsWith("http://", StringComparison.Ordinal),
                'w' => span.StartsWith("www.", StringComparison.Ordinal),
                'f' => span.StartsWith("ftp://", StringComparison.Ordinal),
                'm' => span.StartsWith("mailto:", StringComparison.Ordinal),
                _ => span.StartsWith("tel:", StringComparison.Ordinal),
            };
            return mayBeValid && MatchCore(processor, ref slice);
        }

        private bool MatchCore(InlineProcessor processor, ref StringSlice slice)
        {
            var c = slice.CurrentChar;
            var startPosition = slice.Start;
            if (PendingEmphasis(processor) is not { } pendingEmphasis) return false;
            if (!LinkHelper.TryParseUrl(ref slice, out var link, out _, true)) return false;

            // Emphasis characters still open are not part of the link.
            if (pendingEmphasis.Length > 0)
            {
                for (var i = link.Length - 1; i >= 0; i--)
                {
                    if (pendingEmphasis.Contains(link[i]))
                    {
                        slice.Start--;
                        continue;
                    }
                    if (i < link.Length - 1) link = link[..(i + 1)];
                    break;
                }
            }

            var domainOffset = 0;
            switch (c)
            {
                case 'h':
                    if (link is "http://" or "https://") return false;
                    domainOffset = link[4] == 's' ? 8 : 7;
                    break;
                case 'w':
                    domainOffset = 4;
                    break;
                case 'f':
                    if (link == "ftp://") return false;
                    domainOffset = 6;
                    break;
                case 't':
                    if (link == "tel") return false;
                    break;
                case 'm':
                    var at = link.IndexOf('@', StringComparison.Ordinal);
                    if (at is -1 or 7) return false;
                    domainOffset = at + 1;
                    break;
            }
            if (c != 't' && !LinkHelper.IsValidDomain(link, domainOffset, _options.AllowDomainWithoutPeriod)) return false;

            var inline = new LinkInline
            {
                Span = { Start = processor.GetSourcePosition(startPosition, out var line, out var column) },
                Line = line,
                Column = column,
                Url = c == 'w' ? (_options.UseHttpsForWWWLinks ? "https://" : "http://") + link : link,
                IsClosed = true,
                IsAutoLink = true,
            };
            var skip = c switch
            {
                'm' => 7,
                't' => 4,
                _ => 0,
            };
            inline.Span.End = inline.Span.Start + link.Length - 1;
            inline.UrlSpan = inline.Span;
            inline.AppendChild(new LiteralInline
            {
                Span = inline.Span,
                Line = line,
                Column = column,
                Content = new StringSlice(slice.Text, startPosition + skip, startPosition + link.Length - 1),
                IsClosed = true,
            });
            processor.Inline = inline;
            return true;
        }

        /// <summary>
        /// The emphasis characters open around this point, or null when a '[' is open (a Markdown link may follow): as
        /// Markdig's parser, walking up the open containers only, whose number the depth guard bounds.
        /// </summary>
        private static string? PendingEmphasis(InlineProcessor processor)
        {
            var pending = "";
            var brackets = 0;
            for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
            {
                if (inline is LinkDelimiterInline { IsActive: true } delimiter)
                {
                    if (delimiter.Type == DelimiterType.Open) brackets++;
                    else if (delimiter.Type == DelimiterType.Close) brackets--;
                }
                else if (inline is EmphasisDelimiterInline emphasis && !pending.Contains(emphasis.DelimiterChar, StringComparison.Ordinal))
                    pending += emphasis.DelimiterChar;
            }
            return brackets <= 0 ? pending : null;
        }
    }
}
