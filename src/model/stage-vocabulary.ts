// Built-in deal stage labels meaning won, lost or still open, in many languages and CRM codes (compared compacted).

/**
 * Won: French, English, CRM codes (Salesforce, HubSpot `closedwon`, Bitrix24 `WON`/`C2:WON`, Dynamics, Pipedrive,
 * Zoho, Odoo, vtiger), Spanish, German/Dutch, Italian, Portuguese, Polish, Russian/Ukrainian (Bitrix24), Greek,
 * Turkish, Arabic, Chinese, Japanese, Korean.
 */
export const WON_LABELS: readonly string[] = [
  // French
  'gagné', 'gagnée', 'gagnés', 'gagnées', 'signé', 'signée', 'signés', 'conclu', 'conclue', 'vendu', 'vendue', 'commande',
  'commandé', 'commandée', 'accepté', 'acceptée', 'fermé gagné', 'fermée gagnée', 'clos gagné', 'clôturé gagné',
  'clôturée gagnée', 'gagné signé', 'contrat signé', 'devis signé', 'devis accepté', 'bon de commande', 'succès',
  'affaire gagnée', 'vente conclue',
  // English and CRM codes
  'won', 'closed won', 'deal won', 'win', 'success', 'successful', 'sold', 'signed', 'booked', 'closed/won', 'won deal',
  'contract signed', 'order placed', 'purchased',
  // Spanish, Catalan
  'ganada', 'ganado', 'ganadas', 'ganados', 'cerrada ganada', 'cerrado ganado', 'venta cerrada', 'firmado', 'firmada',
  'guanyada', 'guanyat',
  // German, Dutch
  'gewonnen', 'geschlossen gewonnen', 'geschlossen und gewonnen', 'abgeschlossen gewonnen', 'auftrag', 'beauftragt',
  'gesloten gewonnen',
  // Italian
  'vinto', 'vinta', 'vinti', 'vinte', 'chiuso vinto', 'chiusa vinta', 'chiuso e vinto', 'chiusa e vinta',
  // Portuguese
  'ganho', 'ganha', 'ganhos', 'ganhas', 'fechado ganho', 'fechada ganha', 'fechado/ganho', 'venda fechada',
  // Polish
  'wygrana', 'wygrany', 'zamknięta wygrana',
  // Russian, Ukrainian (Bitrix24 defaults included)
  'выиграна', 'выиграно', 'выигран', 'выиграли', 'успешно', 'успешная', 'успешна', 'сделка успешна', 'успешная сделка',
  'закрыта успешно', 'закрыта выиграна', 'закрыто успешно', 'реализована', 'виграна', 'угода успішна', 'успішна',
  // Greek
  'κερδισμένη', 'κερδισμένο', 'κερδήθηκε', 'κλειστή κερδισμένη', 'κλειστό κερδισμένο', 'επιτυχία',
  // Turkish
  'kazanıldı', 'kazanılan', 'kazanıldi', 'kapandı kazanıldı', 'kapalı kazanıldı', 'kazanç', 'başarılı',
  // Arabic
  'مكسوبة', 'مكسوب', 'رابحة', 'صفقة رابحة', 'تم الفوز', 'فوز', 'فازت', 'مغلقة مكسوبة', 'مغلق فوز', 'مغلقة رابحة', 'ناجحة',
  // Chinese, Japanese, Korean
  '赢单', '赢得', '已赢单', '成交', '已成交', '签约', '已签约', '结束并赢得', '关闭赢单', '贏單', '已成交贏單',
  '受注', '成約', '成立', '수주', '성사', '성공',
];

/** Lost: the same languages and codes (Bitrix24 `LOSE`, `APOLOGY` = analysing the failure, Dynamics `Out-Sold`). */
export const LOST_LABELS: readonly string[] = [
  // French
  'perdu', 'perdue', 'perdus', 'perdues', 'abandonné', 'abandonnée', 'abandon', 'refusé', 'refusée', 'refus', 'sans suite',
  'classé sans suite', 'annulé', 'annulée', 'fermé perdu', 'fermée perdue', 'clos perdu', 'clôturé perdu',
  'clôturée perdue', 'échec', 'rejeté', 'rejetée', 'disqualifié', 'disqualifiée', 'affaire perdue', 'devis refusé',
  // English and CRM codes
  'lost', 'closed lost', 'deal lost', 'loss', 'no go', 'declined', 'rejected', 'cancelled', 'canceled', 'abandoned',
  'disqualified', 'closed lost to competition', 'lose', 'apology', 'analyze failure', 'analyse failure', 'out sold',
  'outsold', 'closed/lost', 'lost deal', 'unsuccessful', 'failed',
  // Spanish, Catalan
  'perdida', 'perdido', 'perdidas', 'perdidos', 'cerrada perdida', 'cerrado perdido', 'rechazada', 'rechazado',
  'cancelada', 'cancelado', 'perduda', 'perdut',
  // German, Dutch
  'verloren', 'geschlossen verloren', 'geschlossen und verloren', 'abgeschlossen verloren', 'abgelehnt', 'storniert',
  'gesloten verloren',
  // Italian
  'perso', 'persa', 'persi', 'perse', 'chiuso perso', 'chiusa persa', 'chiuso e perso', 'chiusa e persa', 'rifiutato',
  'rifiutata', 'annullato', 'annullata',
  // Portuguese
  'fechado perdido', 'fechada perdida', 'fechado/perdido', 'recusado', 'recusada',
  // Polish
  'przegrana', 'przegrany', 'zamknięta przegrana', 'utracona',
  // Russian, Ukrainian (Bitrix24 defaults included)
  'проиграна', 'проиграно', 'проигран', 'проиграли', 'провалена', 'сделка провалена', 'проваленная сделка', 'неуспешна',
  'закрыта проиграна', 'закрыта неуспешно', 'отказ', 'отказано', 'отменена', 'анализ причины провала', 'не реализована',
  'програна', 'угода провалена', 'провалена угода',
  // Greek
  'χαμένη', 'χαμένο', 'χάθηκε', 'κλειστή χαμένη', 'κλειστό χαμένο', 'απορρίφθηκε', 'ακυρώθηκε',
  // Turkish
  'kaybedildi', 'kaybedilen', 'kapandı kaybedildi', 'kapalı kaybedildi', 'kayıp', 'iptal', 'reddedildi', 'başarısız',
  // Arabic
  'خاسرة', 'خاسر', 'خسارة', 'صفقة خاسرة', 'تمت الخسارة', 'مفقودة', 'مفقود', 'مغلقة خاسرة', 'مغلق خسارة', 'مغلقة مفقودة',
  'ملغاة', 'مرفوضة',
  // Chinese, Japanese, Korean
  '输单', '丢单', '已输单', '失败', '已失败', '结束并失败', '关闭输单', '輸單', '丟單', '已取消',
  '失注', '不成立', '실주', '실패',
];

/**
 * Known open stages: default pipelines of Salesforce (and its French, Spanish translations), HubSpot (internal ids),
 * Pipedrive, Zoho, Dynamics, Odoo, vtiger, Bitrix24 (codes and Russian names), Maven CRM, and common words.
 */
export const OPEN_LABELS: readonly string[] = [
  // English and CRM codes
  'open', 'new', 'lead', 'prospect', 'prospecting', 'qualification', 'qualify', 'qualified', 'needs analysis',
  'value proposition', 'id decision makers', 'identify decision makers', 'perception analysis', 'proposal',
  'proposal price quote', 'proposal/price quote', 'proposal or price quote', 'negotiation', 'negotiation review',
  'negotiation/review', 'negotiation or review', 'in progress', 'pending', 'on hold', 'discovery', 'demo',
  'demo scheduled', 'meeting scheduled', 'quote sent', 'contract sent', 'engaging', 'appointmentscheduled',
  'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'appointment scheduled',
  'qualified to buy', 'presentation scheduled', 'decision maker bought in', 'decision maker bought-in', 'preparation',
  'prepayment invoice', 'prepayment invoic', 'executing', 'final invoice', 'preparing documents', 'develop', 'propose',
  'commit', 'best case', 'upside', 'working', 'contacted', 'nurturing', 'follow up', 'trial', 'active', 'evaluation',
  'solution', 'presentation', 'quote', 'quotation', 'quotation sent', 'opportunity',
  // French
  'nouveau', 'nouvelle', 'en cours', 'ouvert', 'ouverte', 'prospection', 'qualifié', 'qualifiée', 'découverte',
  'proposition', 'proposition envoyée', 'proposition commerciale', 'devis', 'devis envoyé', 'négociation',
  'en négociation', 'analyse des besoins', 'proposition de valeur', 'identification des décideurs',
  'analyse de perception', 'proposition devis', 'proposition/devis', 'négociation révision', 'négociation/révision',
  'rendez-vous', 'rdv', 'premier contact', 'relance', 'en attente', 'à relancer', 'démo', 'contact établi', 'à qualifier',
  'opportunité', 'piste',
  // Spanish
  'nuevo', 'nueva', 'abierta', 'abierto', 'en curso', 'en progreso', 'prospección', 'cualificación', 'calificación',
  'análisis de necesidades', 'propuesta de valor', 'propuesta', 'presupuesto', 'propuesta presupuesto',
  'propuesta/presupuesto', 'negociación', 'negociación revisión', 'negociación/revisión', 'análisis de percepción',
  'identificar responsables de la toma de decisiones', 'identificar a los responsables de la toma de decisiones',
  'id responsables de toma de decisiones', 'cotización', 'en negociación',
  // German, Dutch
  'neu', 'offen', 'in bearbeitung', 'qualifizierung', 'angebot', 'angebot gesendet', 'verhandlung', 'bedarfsanalyse',
  'nieuw', 'open kans', 'onderhandeling', 'offerte',
  // Italian
  'nuovo', 'nuova', 'aperta', 'aperto', 'in corso', 'qualificazione', 'proposta', 'trattativa', 'negoziazione', 'offerta',
  // Portuguese
  'novo', 'aberto', 'em andamento', 'qualificação', 'negociação', 'prospecção', 'proposta enviada',
  // Russian (Bitrix24 defaults), Ukrainian
  'новая', 'новый', 'новое', 'подготовка документов', 'счёт на предоплату', 'в работе', 'финальный счёт', 'переговоры',
  'квалификация', 'предложение', 'коммерческое предложение', 'открыта', 'в процессе', 'нова', 'в роботі', 'переговори',
  // Greek
  'νέα', 'νέο', 'ανοιχτή', 'ανοιχτό', 'σε εξέλιξη', 'διαπραγμάτευση', 'πρόταση', 'προσφορά',
  // Turkish
  'yeni', 'açık', 'devam ediyor', 'görüşme', 'teklif', 'teklif verildi', 'müzakere', 'pazarlık', 'nitelendirme',
  // Arabic
  'جديدة', 'جديد', 'مفتوحة', 'مفتوح', 'قيد التنفيذ', 'تفاوض', 'عرض سعر', 'مؤهلة', 'قيد التفاوض',
  // Chinese, Japanese, Korean
  '新建', '初步接洽', '需求确认', '方案报价', '谈判', '商务谈判', '进行中', '跟进中', '意向', '报价', '商談中', '提案',
  '진행중', '협상',
];
