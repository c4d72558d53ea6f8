namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>Latencies in milliseconds, kept whole so percentiles are exact.</summary>
public sealed class LatencyLog
{
    private readonly object _sync = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_sync)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    /// <summary>The nearest-rank percentile (0–100), or NaN when empty.</summary>
    public double Percentile(double percent)
    {
        lock (_sync)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            _milliseconds.Sort();
            var rank = (int)Math.Ceiling(percent / 100 * _milliseconds.Count);
            return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Count - 1)];
        }
    }

    public double Max => Percentile(100);
}
