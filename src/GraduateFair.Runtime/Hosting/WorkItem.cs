namespace GraduateFair.Runtime.Hosting;

/// <summary>One turn of an activation: a call, a timer tick, activation or deactivation.</summary>
internal abstract class WorkItem
{
    /// <summary>The calls this item is nested in (null for timer ticks and lifecycle turns).</summary>
    public CallChain? Chain { get; init; }

    /// <summary>True when the item may move to another activation of the grain if its own closed first.</summary>
    public virtual bool CanRedispatch => false;

    public abstract Task ExecuteAsync(Activation activation);

    /// <summary>The item will never run (its activation could not be created).</summary>
    public abstract void Fail(Exception exception);
}
