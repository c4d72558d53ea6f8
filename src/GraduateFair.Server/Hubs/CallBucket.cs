namespace GraduateFair.Server.Hubs;

/// <summary>A token bucket on the injected clock: <c>burst</c> calls at once, then <c>perSecond</c> on average.</summary>
public sealed class CallBucket(TimeProvider clock, double perSecond, int burst)
{
    private readonly object _sync = new();
    private double _tokens = burst;
    private DateTimeOffset _filledAt = clock.GetUtcNow();

    public bool TryTake()
    {
        lock (_sync)
        {
            var now = clock.GetUtcNow();
            if (now > _filledAt)
            {
                _tokens = Math.Min(burst, _tokens + ((now - _filledAt).TotalSeconds * perSecond));
                _filledAt = now;
            }

            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
