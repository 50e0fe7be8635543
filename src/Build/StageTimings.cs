using System.Diagnostics;

namespace Wsis.Build;

/// <summary>How long each stage of one build took, for the summary line and the benchmark.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public void Time(string stage, Action work) => Time(stage, () => { work(); return 0; });

    public TimeSpan Total => _stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
}
