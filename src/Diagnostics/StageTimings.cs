using System.Diagnostics;

namespace Wsis.Diagnostics;

/// <summary>How long each stage of one build took, in wall time and in CPU time of the whole process, for the summary line and the benchmark.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> _stages = [];
    private readonly List<(string Part, long Ticks)> _parts = [];

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

    /// <summary>
    /// Times one part of a page's work inside a parallel stage (the streamed render, scan and write of each page),
    /// summed over pages and threads: it shows where that stage's time goes.
    /// </summary>
    public T Measure<T>(string part, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(part, Stopwatch.GetTimestamp() - start);
        }
    }

    public void Measure(string part, Action work) => Measure(part, () => { work(); return 0; });

    /// <summary>The parts measured with Measure, in the order first seen, with their thread time.</summary>
    public IReadOnlyList<(string Part, TimeSpan ThreadTime)> Parts
    {
        get
        {
            lock (_parts) return _parts.Select(p => (p.Part, TimeSpan.FromSeconds(p.Ticks / (double)Stopwatch.Frequency))).ToList();
        }
    }

    private void Add(string part, long ticks)
    {
        lock (_parts)
        {
            var index = _parts.FindIndex(p => p.Part == part);
            if (index < 0) _parts.Add((part, ticks));
            else _parts[index] = (part, _parts[index].Ticks + ticks);
        }
    }

    public TimeSpan Total => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);

    public TimeSpan TotalCpu => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Cpu);

    // CPU time of all threads: parallel stages count every core they keep busy, and a loaded machine does not inflate it.
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
