using System.Diagnostics;

namespace Wsis.Build;

/// <summary>How long each stage of one build took, in wall time and in CPU time of the whole process, for the summary line and the benchmark.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var cpu = CpuTime();
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed, CpuTime() - cpu));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public TimeSpan Total => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public TimeSpan TotalCpu => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Cpu);

    // CPU time of all threads: parallel stages count every core they keep busy, and a loaded machine does not inflate it.
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
