using GraduateFair.LoadTest.Infrastructure;

namespace GraduateFair.LoadTest.Hub;

/// <summary>The phases of a run; a message counts towards the phase it arrives in.</summary>
public enum Phase
{
    Setup,
    ProductWarmup,
    Product,
    ProductDrain,
    BaselineWarmup,
    Baseline,
    BaselineDrain,
    Ceiling,
    Done,
}

/// <summary>One simulated graduate: their connection and their current lap through a queue.</summary>
public sealed class LoadGraduate(int index, string userId, string token, LoadBooth booth)
{
    public int Index { get; } = index;

    public string UserId { get; } = userId;

    public string Token { get; } = token;

    public LoadBooth Booth { get; } = booth;

    public LeanHubClient? Hub { get; set; }

    /// <summary>Calls of the booth answered before this lap's join: call k moves the graduate to <see cref="JoinPosition"/> - (k - JoinCall).</summary>
    public int JoinCall { get; set; }

    public int JoinPosition { get; set; }

    /// <summary>The latest call a received position reflects.</summary>
    public int Covered { get; set; }
}

/// <summary>One booth: its employer, its graduates, and when each call (or baseline send) started and was answered.</summary>
public sealed class LoadBooth(int index, string boothId, string employerToken)
{
    /// <summary>Marks a call sent and not answered yet.</summary>
    public const long Pending = long.MaxValue;

    public int Index { get; } = index;

    public string BoothId { get; } = boothId;

    public string EmployerToken { get; } = employerToken;

    public List<LoadGraduate> Graduates { get; } = [];

    /// <summary>Stopwatch timestamps of call k (index k - 1): sent, answered.</summary>
    public List<(long Sent, long Answered)> Calls { get; } = [];

    /// <summary>Stopwatch timestamps of baseline send s (index s - 1): sent, answered.</summary>
    public List<(long Sent, long Answered)> BaselineSends { get; } = [];

    public int NextInRotation { get; set; }

    public double Quota { get; set; }

    public int FailedCalls { get; set; }
}

/// <summary>Counts and latencies of one measured phase.</summary>
public sealed class PhaseFigures
{
    private long _positions;
    private long _positionBytes;
    private long _otherMessages;
    private long _early;

    public LatencyLog FromAnswer { get; } = new();

    public LatencyLog FromRequest { get; } = new();

    /// <summary>Call next, from sending it to its answer.</summary>
    public LatencyLog CallRoundTrip { get; } = new();

    /// <summary>Call next, the decline and the join again: one booth's turn.</summary>
    public LatencyLog Cycle { get; } = new();

    /// <summary>For every call, from its answer to the first position reflecting it (or a later call) at each graduate it moved.</summary>
    public LatencyLog Staleness { get; } = new();

    public long Positions => Interlocked.Read(ref _positions);

    public long PositionBytes => Interlocked.Read(ref _positionBytes);

    public long OtherMessages => Interlocked.Read(ref _otherMessages);

    /// <summary>Positions that arrived before their call's answer did.</summary>
    public long Early => Interlocked.Read(ref _early);

    public TimeSpan Elapsed { get; set; }

    public TimeSpan ServerCpu { get; set; }

    public TimeSpan ToolCpu { get; set; }

    public int CallsAnswered { get; set; }

    public string LoadAverage { get; set; } = "";

    public void CountPosition(int bytes)
    {
        Interlocked.Increment(ref _positions);
        Interlocked.Add(ref _positionBytes, bytes);
    }

    public void CountOther() => Interlocked.Increment(ref _otherMessages);

    public void CountEarly() => Interlocked.Increment(ref _early);
}
