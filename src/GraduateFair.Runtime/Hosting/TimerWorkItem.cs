namespace GraduateFair.Runtime.Hosting;

/// <summary>A tick of a grain timer.</summary>
internal sealed class TimerWorkItem(GrainTimer timer) : WorkItem
{
    public override async Task ExecuteAsync(Activation activation)
    {
        try
        {
            await timer.TickAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RuntimeLog.TimerFailed(activation.Runtime.Logger, exception, activation.Id);
        }
        finally
        {
            activation.EndTurn();
        }
    }

    public override void Fail(Exception exception)
    {
        // A tick whose activation is gone is dropped: the grain re-creates its timers on activation.
    }
}
