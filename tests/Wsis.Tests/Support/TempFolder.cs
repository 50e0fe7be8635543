namespace Wsis.Tests.Support;

/// <summary>A folder under the system temp folder, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("wsis-test-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a stray handle on some systems; the OS cleans temp */ }
    }
}
