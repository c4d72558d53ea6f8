namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>Awaits a task with a deadline whose failure names what was awaited.</summary>
public static class TaskTimeouts
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    public static async Task WithTimeout(this Task task, string awaited, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var limit = timeout ?? Default;
        try
        {
            await task.WaitAsync(limit);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.###} s waiting for {awaited}.", exception);
        }
    }

    public static async Task<T> WithTimeout<T>(this Task<T> task, string awaited, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var limit = timeout ?? Default;
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out after {limit.TotalSeconds:0.###} s waiting for {awaited}.", exception);
        }
    }
}
