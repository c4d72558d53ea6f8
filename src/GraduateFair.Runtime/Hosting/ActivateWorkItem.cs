namespace GraduateFair.Runtime.Hosting;

/// <summary>The first turn of every activation: create the grain, load its state, run OnActivateAsync.</summary>
internal sealed class ActivateWorkItem : WorkItem
{
    public override Task ExecuteAsync(Activation activation) => activation.ActivateAsync();

    public override void Fail(Exception exception)
    {
    }
}
