Hallo ${recipient.displayName},

hier ist Ihre ${program.name}-Übersicht für ${period.label}.

Stand am ${period.lastDay}: ${points.balance} ${program.pointName}
Stand am ${period.firstDay}: ${points.openingBalance} ${program.pointName}

  Gesammelt:  ${points.earned}
  Eingelöst:  ${points.redeemed}
  Korrigiert: ${points.adjusted}
  Verfallen:  ${points.expired}
<#if tier??>

Ihr Status: ${tier.name}
</#if>
<#if expiringPoints??>

${expiringPoints.amount} ${program.pointName} verfallen am ${expiringPoints.date}. Lösen Sie sie vorher ein!
</#if>
<#if rewards?has_content>

Damit können Sie sich leisten: ${rewards?join(", ")}
</#if>
<#if transactions?has_content>

Letzte Buchungen:
<#list transactions as t>
  ${t.date}  ${t.description!t.type}  ${(t.amount > 0)?then("+", "")}${t.amount}
</#list>
</#if>

Danke, dass Sie bei ${program.name} dabei sind.
<#if unsubscribeUrl??>

Keine weiteren E-Mails: ${unsubscribeUrl}
</#if>
