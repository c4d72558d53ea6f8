namespace GraduateFair.LoadTest.Infrastructure;

/// <summary>A paced loop's next tick, or false once the run is stopping.</summary>
public static class Ticks
{
    public static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(timer);
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
