using Wsis.Write;

namespace Wsis.Tests.Support;

/// <summary>Makes a folder look like the output of an earlier build (its marker file), which a build may replace.</summary>
public static class PreviousBuild
{
    public static string Mark(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OutputFolder.MarkerName), OutputFolder.MarkerText);
        return folder;
    }
}
