namespace Wsis.Render;

/// <summary>One file of the open-data export (made by Wsis.Export); Listed files are offered on the open-data page, the others are linked from elsewhere.</summary>
public sealed record DataFile(string Path, string Format, string Description, byte[] Content, bool Listed = true)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
