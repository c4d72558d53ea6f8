namespace GraduateFair.Storage.Tests;

/// <summary>Awaits a task with a deadline whose failure names what was awaited.</summary>
internal static class TaskTimeoutExtensions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task WithTimeout(this Task task, string awaited, TimeSpan? timeout = null)
    {
        try
        {
            await task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out waiting for {awaited}.", exception);
        }
    }

    public static async Task<T> WithTimeout<T>(this Task<T> task, string awaited, TimeSpan? timeout = null)
    {
        try
        {
            return await task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"Timed out waiting for {awaited}.", exception);
        }
    }
}
