Hello ${recipient.displayName},

here is your ${program.name} statement for ${period.label}.

Balance on ${period.lastDay}: ${points.balance} ${program.pointName}
Balance on ${period.firstDay}: ${points.openingBalance} ${program.pointName}

  Earned:    ${points.earned}
  Redeemed:  ${points.redeemed}
  Adjusted:  ${points.adjusted}
  Expired:   ${points.expired}
<#if tier??>

Your tier: ${tier.name}
</#if>
<#if expiringPoints??>

${expiringPoints.amount} ${program.pointName} will expire on ${expiringPoints.date}. Use them before then!
</#if>
<#if rewards?has_content>

You can afford: ${rewards?join(", ")}
</#if>
<#if transactions?has_content>

Latest activity:
<#list transactions as t>
  ${t.date}  ${t.description!t.type}  ${(t.amount > 0)?then("+", "")}${t.amount}
</#list>
</#if>

Thank you for being a member of ${program.name}.
<#if unsubscribeUrl??>

To stop these emails: ${unsubscribeUrl}
</#if>
