using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Auditing.Queries.GetAuditLog;

/// <param name="PersonId">Only entries about this person.</param>
/// <param name="Actor">Only entries of this user or client ("client:…").</param>
/// <param name="Action">Only this kind of access.</param>
/// <param name="From">From this moment on.</param>
/// <param name="To">Before this moment.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.Administrator)]
public sealed record GetAuditLogQuery(
    Guid? PersonId = null,
    string? Actor = null,
    AuditAction? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize) : IRequest<PagedList<AuditEntryDto>>, IPagedRequest;

internal sealed class GetAuditLogHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetAuditLogQuery, PagedList<AuditEntryDto>>
{
    public Task<PagedList<AuditEntryDto>> Handle(GetAuditLogQuery request, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (request.PersonId is { } personId)
        {
            query = query.Where(a => a.PersonId == personId);
        }

        if (!string.IsNullOrWhiteSpace(request.Actor))
        {
            query = query.Where(a => a.Actor == request.Actor);
        }

        if (request.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (request.From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(a => a.At < to);
        }

        return query.OrderByDescending(a => a.At).ThenBy(a => a.Id)
            .ProjectToPagedListAsync<AuditEntryDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
