namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// A command whose writes commit together or not at all: it changes more than one aggregate (its own save and the
/// saves of the domain-event handlers it sets off), or hands work to a background job that must not start for a
/// change that was rolled back. The transaction behaviour runs it in one database transaction.
/// </summary>
public interface ITransactionalCommand;
