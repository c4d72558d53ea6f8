namespace GraduateFair.Runtime.Tests;

internal static class Within
{
    /// <summary>Awaits <paramref name="task"/>, failing with a message naming what was awaited after 10 seconds.</summary>
    public static async Task<T> Seconds<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
    }

    public static async Task Seconds(Task task, string what)
    {
        try
        {
            await task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
    }
}
