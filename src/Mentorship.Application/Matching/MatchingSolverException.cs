namespace Mentorship.Application.Matching;

/// <summary>How a solver's choice breaks the assignment problem it was given.</summary>
public enum MatchingSolverFault
{
    /// <summary>A chosen pair is not a candidate (or has no positive score).</summary>
    NotACandidate = 1,

    /// <summary>A mentee is assigned twice.</summary>
    MenteeTwice,

    /// <summary>A mentor gets more mentees than free places.</summary>
    CapacityExceeded,

    /// <summary>A chosen pair breaks a rule of the form, a consent or a capacity.</summary>
    BreaksARule,

    /// <summary>A chosen pair's score is not the one the scorer gives it.</summary>
    WrongScore,
}

/// <summary>
/// A solver returned a choice that is not feasible: a bug in the solver, never a refusal shown to a user (it becomes a
/// 500), so it carries the fault and the pair rather than a text.
/// </summary>
public sealed class MatchingSolverException : InvalidOperationException
{
    public MatchingSolverException(MatchingSolverFault fault, MatchingEdge edge)
        : base($"{fault} ({edge})")
    {
        Fault = fault;
        Edge = edge;
    }

    public MatchingSolverException()
    {
    }

    public MatchingSolverException(string message)
        : base(message)
    {
    }

    public MatchingSolverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MatchingSolverFault Fault { get; }

    public MatchingEdge Edge { get; }
}
