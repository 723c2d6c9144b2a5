;;; emacs-client.el --- batch Emacs + eglot as an LSP client of tpi-lint  -*- lexical-binding: t -*-

;; Opens the note, starts `node dist/server.js --stdio' with M-x eglot, waits for the server's
;; diagnostics, runs the quick fix through eglot's own `eglot-code-actions' command (answering
;; its menu as a user would, with the title that names the wanted code) and writes what it saw
;; as JSON. Inputs come from the environment; every wait has a deadline.

(require 'package)
(package-initialize) ; activates Debian's elpa-eglot from /usr/share/emacs/site-lisp/elpa
(require 'eglot)
(require 'subr-x)

(defvar tpi-note (getenv "TPI_NOTE"))
(defvar tpi-result-path (getenv "TPI_RESULT"))
(defvar tpi-rule (getenv "TPI_RULE"))
(defvar tpi-fix (getenv "TPI_FIX"))
(defvar tpi-wait-seconds (string-to-number (or (getenv "TPI_WAIT_MS") "20000")))
(setq tpi-wait-seconds (/ tpi-wait-seconds 1000.0))

(defvar tpi-latest nil "The last diagnostics published for the note, nil before any.")
(defvar tpi-publishes 0)

;; The server checks documents by language id; "procedure-note" is the one for .note files.
(define-derived-mode tpi-note-mode text-mode "TPI note")
(add-to-list 'eglot-server-programs
             `((tpi-note-mode :language-id "procedure-note")
               . ("node" ,(getenv "TPI_SERVER") "--stdio")))

;; Watch the notifications as they reach eglot, before flymake turns them into overlays.
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics
           &allow-other-keys)
  (when (equal (url-unhex-string (string-remove-prefix "file://" uri)) tpi-note)
    (setq tpi-publishes (1+ tpi-publishes)
          tpi-latest (append diagnostics nil))))

(defun tpi-wait-for (predicate)
  "Read server output until PREDICATE returns non-nil or the wait runs out."
  (let ((deadline (+ (float-time) tpi-wait-seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun tpi-find-rule (diagnostics)
  (seq-find (lambda (diag) (equal (plist-get diag :code) tpi-rule)) diagnostics))

(defun tpi-export (diag)
  "The fields of DIAG the node test checks, in a shape `json-serialize' accepts."
  (list :code (plist-get diag :code) :source (plist-get diag :source)
        :message (plist-get diag :message) :range (plist-get diag :range)))

(defun tpi-goto (position)
  "Move to an LSP POSITION; the note is ASCII, so UTF-16 units are characters."
  (goto-char (point-min))
  (forward-line (plist-get position :line))
  (forward-char (plist-get position :character)))

(defun tpi-quick-fix (target)
  "Run eglot's quick-fix command on TARGET; return (TITLES . APPLIED)."
  (let* ((range (plist-get target :range))
         (beg (progn (tpi-goto (plist-get range :start)) (point)))
         (end (progn (tpi-goto (plist-get range :end)) (point)))
         (titles (mapcar (lambda (action) (plist-get action :title))
                         (eglot-code-actions beg end "quickfix")))
         (choice (seq-find (lambda (title) (string-search tpi-fix title)) titles)))
    (when choice
      ;; With several quick fixes eglot asks which one; answer as the user would.
      (cl-letf (((symbol-function 'completing-read) (lambda (&rest _) choice)))
        (eglot-code-actions beg end "quickfix" t)))
    (cons titles choice)))

;; Saving sends the edit as didChange (the idle timer eglot would otherwise use never fires
;; in batch); then the server's next verdict on the note must no longer hold the rule.
(defun tpi-save-and-recheck ()
  "Save, then return the codes of the server's fresh diagnostics, or :null if none came."
  (let ((seen tpi-publishes))
    (save-buffer)
    (if (tpi-wait-for (lambda () (and (> tpi-publishes seen) (not (tpi-find-rule tpi-latest)))))
        (vconcat (mapcar (lambda (diag) (plist-get diag :code)) tpi-latest))
      :null)))

(defun tpi-run ()
  (let ((result (list :publishes 0 :diagnostics [] :actions [] :applied :null
                      :text :null :rechecked :null :error :null)))
    (find-file tpi-note)
    (tpi-note-mode)
    ;; M-x eglot, as a user would; `eglot-ensure' waits for a command loop batch never runs.
    (call-interactively #'eglot)
    (let ((target (tpi-wait-for (lambda () (tpi-find-rule tpi-latest)))))
      (setq result (plist-put result :diagnostics (vconcat (mapcar #'tpi-export tpi-latest))))
      (if (not target)
          (setq result (plist-put result :error (format "no %s diagnostic" tpi-rule)))
        (let ((fixed (tpi-quick-fix target)))
          (setq result (plist-put result :actions (vconcat (car fixed))))
          (setq result (plist-put result :applied (or (cdr fixed) :null)))
          (setq result (plist-put result :text (buffer-substring-no-properties
                                                (point-min) (point-max))))
          (setq result (plist-put result :rechecked (tpi-save-and-recheck))))))
    (plist-put result :publishes tpi-publishes)))

(defun tpi-write (result)
  (with-temp-file tpi-result-path (insert (json-serialize result))))

(condition-case err
    (tpi-write (tpi-run))
  (error (tpi-write (list :error (error-message-string err)))))
(kill-emacs 0)
