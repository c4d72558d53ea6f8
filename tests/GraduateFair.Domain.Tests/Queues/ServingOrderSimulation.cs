namespace GraduateFair.Domain.Tests.Queues;

/// <summary>
/// The serving rule written the slow, obvious way, to check the line's closed-form positions
/// against: serve the priority lane while both lanes have people and fewer than 2 priority
/// graduates were served since the last regular one; otherwise whichever lane has people.
/// </summary>
internal static class ServingOrderSimulation
{
    public static List<string> Run(IEnumerable<string> priorityLane, IEnumerable<string> regularLane, int priorityServedSinceRegular)
    {
        var priority = new Queue<string>(priorityLane);
        var regular = new Queue<string>(regularLane);
        var served = priorityServedSinceRegular;
        var order = new List<string>();
        while (priority.Count + regular.Count > 0)
        {
            var servePriority = priority.Count > 0 && regular.Count > 0 ? served < 2 : priority.Count > 0;
            if (servePriority)
            {
                order.Add(priority.Dequeue());
                served = Math.Min(served + 1, 2);
            }
            else
            {
                order.Add(regular.Dequeue());
                served = 0;
            }
        }

        return order;
    }
}
