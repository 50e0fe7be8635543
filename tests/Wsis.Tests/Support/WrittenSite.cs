using Wsis.Build;

namespace Wsis.Tests.Support;

/// <summary>The run's real site (<see cref="RealSite"/>) written into a temporary folder, for tools that read files; not built again.</summary>
public sealed class WrittenSite : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsis-written-").FullName;

    public WrittenSite()
    {
        Root = Path.Combine(_folder, "_site");
        TestBuild.Write(RealSite.Shared.Site, Root);
    }

    public string Root { get; }
    public BuildResult Result => RealSite.Shared.Result;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
