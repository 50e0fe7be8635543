using System.Text;
using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Turns bytes into text, refusing what an editor would not mean: other encodings, a BOM, empty or huge files.</summary>
public static class TextDecoder
{
    public const int MaxBytes = 2 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Decode(RawFile raw, DiagnosticBag diagnostics)
    {
        if (raw.Problem is { } problem)
        {
            diagnostics.Add(problem);
            return null;
        }
        var at = SourceLocation.File(raw.Path);
        if (raw.Bytes.Length > MaxBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, at, $"The file is larger than {MaxBytes / 1024 / 1024} MB.",
                "Split it into smaller files; no content file needs to be this large.");
            return null;
        }
        if (raw.Bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, at, "The file is empty.", "Fill it in, or delete it.");
            return null;
        }
        if (raw.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            diagnostics.Error(DiagnosticCodes.ByteOrderMark, at, "The file starts with a byte-order mark (BOM).",
                "Save it as UTF-8 without BOM (most editors offer 'UTF-8' next to 'UTF-8 with BOM').");
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(raw.Bytes).Replace("\r\n", "\n");
            if (text.Contains('\0'))
            {
                diagnostics.Error(DiagnosticCodes.NotUtf8, LocationOf(raw.Path, text, text.IndexOf('\0')), "The file contains a NUL character: it is not a text file.",
                    "Save it as plain UTF-8 text.");
                return null;
            }
            return new SourceFile(raw.Path, text);
        }
        catch (DecoderFallbackException e)
        {
            var valid = Encoding.UTF8.GetString(raw.Bytes, 0, Math.Max(0, e.Index));
            diagnostics.Error(DiagnosticCodes.NotUtf8, LocationOf(raw.Path, valid, valid.Length), "The file is not valid UTF-8 text.",
                "Save it as UTF-8 (it may have been saved as Latin-1 or Windows-1252).");
            return null;
        }
    }

    private static SourceLocation LocationOf(string path, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new SourceLocation(path, line, index - lineStart + 1);
    }
}
